// The roadmap's settings: template, organisation, head, approval order, period and the people behind each
// role. Dates are kept as typed until they make a valid period, so a wrong date never reschedules the
// roadmap or loses what was there.
import { useEffect, useState } from 'preact/hooks';
import { settingsErrors, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import { Field } from './Field.tsx';
import type { BuilderLabels } from './labels.ts';
import { OrganisationFieldset } from './SetupOrganisation.tsx';
import { PeopleFieldset } from './SetupPeople.tsx';
import { PeriodFieldset } from './SetupPeriod.tsx';
import type { TemplateOption } from './store.ts';

interface Props {
  state: BuilderState;
  update: (change: (state: BuilderState) => BuilderState) => void;
  templates: TemplateOption[];
  onNew: (templateId: string) => void;
  labels: BuilderLabels;
  today: string;
  /** True once the user tried to export: then a missing organisation is flagged even if never touched. */
  showErrors: boolean;
}

export function Setup({ state, update, templates, onNew, labels, today, showErrors }: Props) {
  const [touched, setTouched] = useState(false);
  const [start, setStart] = useState(state.start);
  const [end, setEnd] = useState(state.end);
  useEffect(() => {
    setStart(state.start);
    setEnd(state.end);
  }, [state.id, state.start, state.end]);

  const errors = settingsErrors({ ...state, start, end });
  if (!touched && !showErrors) delete errors.organisation;
  const setPeriod = (nextStart: string, nextEnd: string) => {
    setStart(nextStart);
    setEnd(nextEnd);
    const periodErrors = settingsErrors({ ...state, start: nextStart, end: nextEnd });
    if (!periodErrors.start && !periodErrors.end) update((s) => ({ ...s, start: nextStart, end: nextEnd }));
  };

  return (
    <form class="rb-setup" onSubmit={(event) => event.preventDefault()} aria-labelledby="rb-setup-heading">
      <h3 id="rb-setup-heading">{labels.setup}</h3>
      <TemplateFieldset state={state} templates={templates} onNew={onNew} labels={labels} />
      <OrganisationFieldset
        state={state}
        update={update}
        labels={labels}
        errors={errors}
        onTouched={() => setTouched(true)}
      />
      <PeriodFieldset
        start={start}
        end={end}
        kept={state}
        errors={errors}
        setPeriod={setPeriod}
        today={today}
        labels={labels}
      />
      <PeopleFieldset state={state} update={update} labels={labels} />
    </form>
  );
}

/** The template to start a new roadmap from: chosen, then made with the button (the choice alone changes nothing). */
function TemplateFieldset({
  state,
  templates,
  onNew,
  labels,
}: Pick<Props, 'state' | 'templates' | 'onNew' | 'labels'>) {
  const [templateId, setTemplateId] = useState(state.template);
  useEffect(() => setTemplateId(state.template), [state.id, state.start, state.end]);
  return (
    <fieldset>
      <legend>{labels.template}</legend>
      <div class="rb-row">
        <Field id="rb-template" label={labels.templateChoice}>
          <select id="rb-template" value={templateId} onChange={(event) => setTemplateId(event.currentTarget.value)}>
            {templates.map((template) => (
              <option value={template.id} key={template.id}>
                {template.data.title}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" onClick={() => onNew(templateId)}>
          {labels.newFromTemplate}
        </button>
      </div>
      <p class="rb-hint">{labels.templateHint}</p>
    </fieldset>
  );
}
