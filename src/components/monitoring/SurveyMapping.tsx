// One survey table waiting to be counted: which questionnaire it is, when the survey ran, and which column
// holds which question. Suggested from the column titles (or what was remembered), checked before use.
import type { MonitoredForm, Stage } from '../../lib/monitoring/questionnaires.ts';
import { mappingProblems, type ColumnMapping } from '../../lib/monitoring/survey.ts';
import { mapColumn, mappableFields, surveyStageOptions } from '../../lib/monitoring/tool-text.ts';
import { fill } from '../../lib/island-labels.ts';
import type { MonitoringLabels } from './labels.ts';

export interface PendingSurvey {
  id: number;
  fileName: string;
  header: string[];
  rows: string[][];
  formId: string;
  mapping: ColumnMapping;
  stage: Stage | '';
}

interface Props {
  survey: PendingSurvey;
  forms: MonitoredForm[];
  labels: MonitoringLabels;
  onChange: (next: PendingSurvey) => void;
  onFormChange: (formId: string) => void;
  onApply: () => void;
  onCancel: () => void;
}

export function SurveyMapping({ survey, forms, labels, onChange, onFormChange, onApply, onCancel }: Props) {
  const form = forms.find((f) => f.id === survey.formId)!;
  const problems = mappingProblems(form, survey.header, survey.mapping);
  const base = `mon-survey-${survey.id}`;
  return (
    <fieldset class="mon-mapping">
      <legend>{fill(labels.mappingHeading, { file: survey.fileName })}</legend>
      <p>{labels.mappingIntro}</p>
      <div class="mon-row">
        <label for={`${base}-form`}>{labels.mappingForm}</label>
        <select id={`${base}-form`} value={survey.formId} onChange={(e) => onFormChange(e.currentTarget.value)}>
          {forms.map((f) => (
            <option value={f.id} key={f.id}>
              {f.title}
            </option>
          ))}
        </select>
        <label for={`${base}-stage`}>{labels.mappingStage}</label>
        <select
          id={`${base}-stage`}
          value={survey.stage}
          onChange={(e) => onChange({ ...survey, stage: e.currentTarget.value as Stage | '' })}
        >
          {surveyStageOptions(labels, form.spec.stages).map(([s, text]) => (
            <option value={s} key={s}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div
        class="mon-scroll"
        tabIndex={0}
        role="region"
        aria-label={fill(labels.mappingHeading, { file: survey.fileName })}
      >
        <ColumnsTable survey={survey} form={form} labels={labels} onChange={onChange} base={base} />
      </div>
      {problems.length > 0 && (
        <ul class="mon-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div class="mon-actions">
        <button type="button" onClick={onApply} disabled={problems.length > 0}>
          {labels.mappingApply}
        </button>
        <button type="button" onClick={onCancel}>
          {labels.mappingCancel}
        </button>
      </div>
    </fieldset>
  );
}

interface ColumnsProps {
  survey: PendingSurvey;
  form: MonitoredForm;
  labels: MonitoringLabels;
  onChange: (next: PendingSurvey) => void;
  /** The start of the ids of this survey's elements. */
  base: string;
}

/** A row a column of the table: its title, the first answer in it, and the question it answers. */
function ColumnsTable({ survey, form, labels, onChange, base }: ColumnsProps) {
  const fields = mappableFields(form.fields);
  return (
    <table class="mon-table">
      <thead>
        <tr>
          <th scope="col">{labels.mappingColumn}</th>
          <th scope="col">{labels.mappingExample}</th>
          <th scope="col">{labels.mappingField}</th>
        </tr>
      </thead>
      <tbody>
        {survey.header.map((title, c) => (
          <tr key={c}>
            <th scope="row" id={`${base}-col-${c}`}>
              {title || `№ ${c + 1}`}
            </th>
            <td>{survey.rows[1]?.[c] ?? ''}</td>
            <td>
              <select
                aria-labelledby={`${base}-col-${c}`}
                value={survey.mapping[c] ?? ''}
                onChange={(e) => onChange({ ...survey, mapping: mapColumn(survey.mapping, c, e.currentTarget.value) })}
              >
                <option value="">{labels.mappingSkip}</option>
                {fields.map((f) => (
                  <option value={f.id} key={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
