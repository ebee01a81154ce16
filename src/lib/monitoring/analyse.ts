// Everything the page and the report show, from the counted responses: per questionnaire its satisfaction,
// questions, stage 1 ranking and stage 2 growth, overall and for each school and each form of mentoring.
import {
  formQuestions,
  growth,
  rankByMean,
  satisfaction,
  type GrowthRow,
  type QuestionStats,
  type Satisfaction,
} from './stats.ts';
import type { MonitoredForm, Stage } from './questionnaires.ts';
import type { Response } from './responses.ts';

export interface Settings {
  /** Satisfaction threshold by questionnaire id; the questionnaire's own default when absent. */
  thresholds: Record<string, number>;
  /** Which answers the question tables count. */
  stage: Stage | 'all';
}

export interface FormResult {
  formId: string;
  title: string;
  responses: number;
  satisfaction: Satisfaction | null;
  questions: QuestionStats[];
  /** Stage 1: scale questions from strongest to weakest. */
  ranked: ReturnType<typeof rankByMean>;
  growth: GrowthRow[];
}

export interface GroupResult {
  label: string;
  responses: number;
  forms: FormResult[];
}

export interface CuratorNote {
  organisation: string;
  source: string;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  risks: string;
  decisions: string;
}

export interface MonitoringResult {
  overall: GroupResult;
  bySchool: GroupResult[];
  byForm: GroupResult[];
  curatorNotes: CuratorNote[];
}

export const NO_SCHOOL = 'Организация не указана';
export const NO_FORM = 'Форма наставничества не указана';

export const thresholdOf = (form: MonitoredForm, settings: Settings): number =>
  settings.thresholds[form.id] ?? form.spec.satisfaction?.threshold ?? 0;

function group(label: string, responses: Response[], forms: MonitoredForm[], settings: Settings): GroupResult {
  const byFormId = new Map<string, Response[]>();
  for (const r of responses) {
    const list = byFormId.get(r.formId);
    if (list) list.push(r);
    else byFormId.set(r.formId, [r]);
  }
  const results: FormResult[] = [];
  for (const form of forms) {
    const own = byFormId.get(form.id);
    if (!own) continue;
    const questions = formQuestions(form, own, settings.stage);
    results.push({
      formId: form.id,
      title: form.title,
      responses: own.length,
      satisfaction: satisfaction(form, own, thresholdOf(form, settings)),
      questions,
      ranked: rankByMean(questions),
      growth: growth(form, own),
    });
  }
  return { label, responses: responses.length, forms: results };
}

function splitBy(responses: Response[], keyOf: (r: Response) => string): Map<string, Response[]> {
  const groups = new Map<string, Response[]>();
  for (const r of responses) {
    const key = keyOf(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'ru')));
}

const text = (r: Response, id: string) => (typeof r.answers[id] === 'string' ? (r.answers[id] as string) : '');

export function analyse(responses: Response[], forms: MonitoredForm[], settings: Settings): MonitoringResult {
  // Schools are matched by name as typed, ignoring case and extra spaces; the first spelling names the group.
  const schoolNames = new Map<string, string>();
  const schoolOf = (r: Response) => {
    const key = r.organisation.toLowerCase();
    if (!key) return NO_SCHOOL;
    if (!schoolNames.has(key)) schoolNames.set(key, r.organisation);
    return schoolNames.get(key)!;
  };
  const bySchool = [...splitBy(responses, schoolOf)].map(([label, list]) => group(label, list, forms, settings));
  // Forms of mentoring are asked of mentees and mentors only; other questionnaires stay out of this split.
  const askForm = new Set(forms.filter((f) => f.fields.some((field) => field.id === 'form')).map((f) => f.id));
  const withForm = responses.filter((r) => askForm.has(r.formId));
  const byForm = [...splitBy(withForm, (r) => r.mentoringForm || NO_FORM)].map(([label, list]) =>
    group(label, list, forms, settings),
  );
  const curators = new Set(forms.filter((f) => f.spec.role === 'curator').map((f) => f.id));
  const curatorNotes = responses
    .filter((r) => curators.has(r.formId))
    .map((r) => ({
      organisation: r.organisation || NO_SCHOOL,
      source: r.source,
      strengths: text(r, 'strengths'),
      weaknesses: text(r, 'weaknesses'),
      opportunities: text(r, 'opportunities'),
      risks: text(r, 'risks'),
      decisions: text(r, 'decisions'),
    }));
  return { overall: group('Всего', responses, forms, settings), bySchool, byForm, curatorNotes };
}
