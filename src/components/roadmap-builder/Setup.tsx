// The roadmap's settings: template, organisation, head, approval order, period and the people behind each
// role. Dates are kept as typed until they make a valid period, so a wrong date never reschedules the
// roadmap or loses what was there.
import { ApprovalChoice } from './ApprovalChoice.tsx';
import { loadModule } from '../../lib/lazy-module.ts';
import { useEffect, useState } from 'preact/hooks';
import {
  mergePeople,
  organisationOf,
  renameOrganisation,
  rolesOf,
  schoolYearPeriod,
  settingsErrors,
  type BuilderState,
} from '../../lib/roadmap-builder/state.ts';
import { schoolYearOf } from '../../lib/dates.ts';
import { ruDate } from '../../lib/ru-words.ts';
import { fill } from '../../lib/island-labels.ts';
import { FromProfile } from '../school/FromProfile.tsx';
import type { BuilderLabels } from './labels.ts';
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

function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: preact.ComponentChildren;
}) {
  return (
    <div class="rb-field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <span class="rb-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span class="rb-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: boolean) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function Setup({ state, update, templates, onNew, labels, today, showErrors }: Props) {
  const [touched, setTouched] = useState(false);
  const [templateId, setTemplateId] = useState(state.template);
  const [start, setStart] = useState(state.start);
  const [end, setEnd] = useState(state.end);
  useEffect(() => {
    setTemplateId(state.template);
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
  const thisYear = schoolYearOf(today);
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const people = mergePeople(rolesOf(state), state.people);

  return (
    <form class="rb-setup" onSubmit={(event) => event.preventDefault()} aria-labelledby="rb-setup-heading">
      <h3 id="rb-setup-heading">{labels.setup}</h3>
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

      <fieldset>
        <legend>{labels.organisationLegend}</legend>
        <FromProfile
          labels={{ apply: labels.fromProfile, done: labels.fromProfileDone }}
          onApply={async (profile) => {
            const { builderWithProfile } = await loadModule(() => import('../../lib/school/tools.ts'));
            update((s) => builderWithProfile(s, profile));
          }}
        />
        <div class="rb-grid">
          <Field id="rb-organisation" label={labels.organisation} error={errors.organisation}>
            <input
              id="rb-organisation"
              type="text"
              required
              maxLength={300}
              value={state.organisation}
              aria-invalid={errors.organisation ? 'true' : undefined}
              aria-describedby={describedBy('rb-organisation', errors.organisation)}
              onBlur={() => setTouched(true)}
              onInput={(event) => {
                const organisation = event.currentTarget.value;
                update((s) => renameOrganisation(s, organisation));
              }}
            />
          </Field>
          <Field
            id="rb-organisation-genitive"
            label={labels.organisationGenitive}
            hint={labels.organisationGenitiveHint}
          >
            <input
              id="rb-organisation-genitive"
              type="text"
              maxLength={300}
              value={state.organisationGenitive ?? organisationOf(state)}
              placeholder={organisationOf({ organisation: state.organisation })}
              aria-describedby="rb-organisation-genitive-hint"
              onInput={(event) => {
                const organisationGenitive = event.currentTarget.value;
                update((s) => ({ ...s, organisationGenitive }));
              }}
            />
          </Field>
          <ApprovalChoice state={state} update={update} labels={labels} />
          <Field id="rb-head" label={labels.head}>
            <input
              id="rb-head"
              type="text"
              maxLength={200}
              value={state.head}
              onInput={(event) => {
                const head = event.currentTarget.value;
                update((s) => ({ ...s, head }));
              }}
            />
          </Field>
          <Field
            id="rb-approval-date"
            label={state.approvalForm === 'signature' ? labels.approvalSignedDate : labels.approvalDate}
            error={errors.approvalDate}
          >
            <input
              id="rb-approval-date"
              type="date"
              value={state.approval.date}
              aria-invalid={errors.approvalDate ? 'true' : undefined}
              aria-describedby={describedBy('rb-approval-date', errors.approvalDate)}
              onInput={(event) => {
                const date = event.currentTarget.value;
                update((s) => ({ ...s, approval: { ...s.approval, date } }));
              }}
            />
          </Field>
          {(state.approvalForm ?? 'order') === 'order' && (
            <Field id="rb-approval-number" label={labels.approvalNumber}>
              <input
                id="rb-approval-number"
                type="text"
                maxLength={50}
                value={state.approval.number}
                onInput={(event) => {
                  const number = event.currentTarget.value;
                  update((s) => ({ ...s, approval: { ...s.approval, number } }));
                }}
              />
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{labels.period}</legend>
        <div class="rb-row">
          <span class="rb-label-inline">{labels.schoolYear}</span>
          {years.map((year) => {
            const period = schoolYearPeriod(year);
            const current = start === period.start && end === period.end;
            return (
              <button
                type="button"
                key={year}
                aria-pressed={current}
                onClick={() => setPeriod(period.start, period.end)}
              >
                {year}/{year + 1}
              </button>
            );
          })}
        </div>
        <div class="rb-grid">
          <Field id="rb-start" label={labels.start} error={errors.start}>
            <input
              id="rb-start"
              type="date"
              required
              value={start}
              aria-invalid={errors.start ? 'true' : undefined}
              aria-describedby={describedBy('rb-start', errors.start)}
              onInput={(event) => setPeriod(event.currentTarget.value, end)}
            />
          </Field>
          <Field id="rb-end" label={labels.end} error={errors.end}>
            <input
              id="rb-end"
              type="date"
              required
              value={end}
              aria-invalid={errors.end ? 'true' : undefined}
              aria-describedby={describedBy('rb-end', errors.end)}
              onInput={(event) => setPeriod(start, event.currentTarget.value)}
            />
          </Field>
        </div>
        {(errors.start || errors.end) && (
          <p class="rb-hint">{fill(labels.periodKept, { start: ruDate(state.start), end: ruDate(state.end) })}</p>
        )}
      </fieldset>

      <fieldset>
        <legend>{labels.people}</legend>
        <p class="rb-hint">{labels.peopleHint}</p>
        <div class="rb-grid">
          {people.map((person, index) => (
            <Field id={`rb-person-${index}`} label={person.role} key={person.role}>
              <input
                id={`rb-person-${index}`}
                type="text"
                maxLength={200}
                value={person.name}
                onInput={(event) => {
                  const name = event.currentTarget.value;
                  update((s) => ({
                    ...s,
                    people: mergePeople(rolesOf(s), s.people).map((p) => (p.role === person.role ? { ...p, name } : p)),
                  }));
                }}
              />
            </Field>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
