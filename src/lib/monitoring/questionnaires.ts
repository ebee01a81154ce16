// Which questionnaires of the library the monitoring tool reads, and what each of their service fields
// means: the stage it was filled at, the form of mentoring, the organisation, the respondent's code and the
// overall satisfaction question. The questions themselves come from the forms' YAML, so a school that edits
// a questionnaire gets its own questions counted.
import type { Form, FormField } from '../../schemas/form.ts';
import { formFields } from '../forms/values.ts';

/** Where in the programme a questionnaire was filled: stage 2 compares the earliest with the latest. */
export type Stage = 'before' | 'middle' | 'after';
export const stageOrder: Stage[] = ['before', 'middle', 'after'];

export type Role = 'mentee' | 'mentor' | 'youngTeacher' | 'curator';

export interface MonitoringSpec {
  role: Role;
  /** The choice field that says when the questionnaire was filled, and what each of its options means. */
  stageField: string;
  stages: Record<string, Stage>;
  /** The stage of an answer that does not say (the deficits questionnaire is a September one). */
  defaultStage?: Stage;
  /** The overall satisfaction scale, when the questionnaire has one, with the usual threshold. */
  satisfaction?: { field: string; threshold: number };
  /** Order of the KPI indicator the share of satisfied feeds (5: mentees, 6: mentors). */
  kpiIndicator?: 5 | 6;
}

/** Service fields with the same id in every monitored questionnaire. */
export const serviceFields = {
  form: 'form',
  organisation: 'organisation',
  code: 'respondent-code',
  date: 'filled-on',
} as const;

export const monitoringSpecs: Record<string, MonitoringSpec> = {
  'anketa-nastavlyaemogo': {
    role: 'mentee',
    stageField: 'stage',
    stages: {
      'В начале программы': 'before',
      'На мониторинге в середине года': 'middle',
      'При завершении программы': 'after',
    },
    satisfaction: { field: 'overall', threshold: 7 },
    kpiIndicator: 5,
  },
  'anketa-nastavnika': {
    role: 'mentor',
    stageField: 'stage',
    stages: {
      'В начале программы': 'before',
      'На мониторинге в середине года': 'middle',
      'При завершении программы': 'after',
    },
    satisfaction: { field: 'overall', threshold: 7 },
    kpiIndicator: 6,
  },
  'anketa-udovletvorennost-usloviyami': {
    role: 'youngTeacher',
    stageField: 'period',
    stages: { 'I полугодие (декабрь)': 'middle', 'II полугодие (май)': 'after' },
    satisfaction: { field: 'overall', threshold: 7 },
  },
  'anketa-professionalnye-deficity': {
    role: 'youngTeacher',
    stageField: 'stage',
    stages: { 'В начале учебного года (сентябрь)': 'before', 'В конце учебного года (май)': 'after' },
    defaultStage: 'before',
  },
  'anketa-kuratora': {
    role: 'curator',
    stageField: 'period',
    stages: { 'I полугодие (декабрь)': 'middle', 'II полугодие (май)': 'after' },
  },
};

/** A questionnaire as the tool needs it: its id, title, spec and fields (the page passes these in). */
export interface MonitoredForm {
  id: string;
  title: string;
  spec: MonitoringSpec;
  fields: FormField[];
}

export function monitoredForm(id: string, form: Form): MonitoredForm | null {
  const spec = monitoringSpecs[id];
  return spec ? { id, title: form.title, spec, fields: formFields(form) } : null;
}

/** Questions with answers that can be counted: scales, numbers and choices (not service fields). */
export function countedFields(form: MonitoredForm): FormField[] {
  const service = new Set<string>([
    form.spec.stageField,
    serviceFields.form,
    serviceFields.organisation,
    serviceFields.code,
    serviceFields.date,
  ]);
  return form.fields.filter(
    (f) => (f.kind === 'scale' || f.kind === 'number' || f.kind === 'choice') && !service.has(f.id),
  );
}
