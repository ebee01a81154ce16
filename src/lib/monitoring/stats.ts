// The numbers of a monitoring: each question's distribution and mean, the share of satisfied participants
// against a stated threshold, and growth between the earliest and the latest questionnaire of the same
// respondent. Plain data in, plain data out; the view, the .docx and the KPI link all read these.
import type { FormField } from '../../schemas/form.ts';
import { countedFields, stageOrder, type MonitoredForm, type Stage } from './questionnaires.ts';
import type { Response } from './responses.ts';

export interface Bucket {
  value: string;
  count: number;
}

export interface QuestionStats {
  fieldId: string;
  label: string;
  kind: 'scale' | 'number' | 'choice';
  multiple: boolean;
  /** Respondents who answered this question. */
  answered: number;
  /** Mean of a scale or number, to two decimals; null for choices or when nobody answered. */
  mean: number | null;
  /** The scale's ends, to compare means of different scales. */
  min?: number;
  max?: number;
  /** Every scale point or option, in order, with how many chose it (a person may choose several options). */
  buckets: Bucket[];
}

export interface Satisfaction {
  formId: string;
  threshold: number;
  /** Participants whose latest answer to the overall question is known (each respondent code once). */
  answered: number;
  satisfied: number;
  /** Per cent to one decimal; null when nobody answered. */
  percent: number | null;
}

export interface GrowthRow {
  fieldId: string;
  label: string;
  /** Respondents with an answer at an earlier and a later stage. */
  pairs: number;
  before: number | null;
  after: number | null;
  /** Mean change per respondent, to two decimals. */
  change: number | null;
  improved: number;
  worsened: number;
}

export const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
};

export const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : round((part * 100) / whole, 1);

export function questionStats(field: FormField, responses: Response[]): QuestionStats {
  const id = field.id;
  if (field.kind === 'choice') {
    const counts = new Map(field.options.map((o) => [o, 0]));
    let answered = 0;
    for (const r of responses) {
      const a = r.answers[id];
      if (!Array.isArray(a)) continue;
      answered += 1;
      for (const o of a) counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    return {
      fieldId: id,
      label: field.label,
      kind: 'choice',
      multiple: field.multiple,
      answered,
      mean: null,
      buckets: [...counts].map(([value, count]) => ({ value, count })),
    };
  }
  const counts = field.kind === 'scale' ? new Array<number>(field.max - field.min + 1).fill(0) : [];
  let answered = 0;
  let sum = 0;
  for (const r of responses) {
    const a = r.answers[id];
    if (typeof a !== 'number') continue;
    answered += 1;
    sum += a;
    if (field.kind === 'scale') counts[a - field.min]! += 1;
  }
  const mean = answered === 0 ? null : round(sum / answered, 2);
  if (field.kind === 'scale') {
    return {
      fieldId: id,
      label: field.label,
      kind: 'scale',
      multiple: false,
      answered,
      mean,
      min: field.min,
      max: field.max,
      buckets: counts.map((count, i) => ({ value: String(field.min + i), count })),
    };
  }
  return { fieldId: id, label: field.label, kind: 'number', multiple: false, answered, mean, buckets: [] };
}

/** A respondent's identity across stages; answers without a code stand alone. */
const personKey = (r: Response, index: number) =>
  r.code ? `${r.formId}|${r.organisation.toLowerCase()}|${r.code}` : `#${index}`;

const stageRank = (stage: Stage | null) => (stage === null ? -1 : stageOrder.indexOf(stage));

/**
 * Share satisfied: of the participants who answered the overall question, those who gave at least the
 * threshold. A respondent who answered it at several stages counts once, by the latest answer.
 */
export function satisfaction(form: MonitoredForm, responses: Response[], threshold: number): Satisfaction | null {
  const field = form.spec.satisfaction?.field;
  if (!field) return null;
  const latest = new Map<string, { rank: number; value: number }>();
  responses.forEach((r, i) => {
    const value = r.answers[field];
    if (r.formId !== form.id || typeof value !== 'number') return;
    const key = personKey(r, i);
    const rank = stageRank(r.stage);
    const seen = latest.get(key);
    if (!seen || rank >= seen.rank) latest.set(key, { rank, value });
  });
  const answered = latest.size;
  const satisfied = [...latest.values()].filter((v) => v.value >= threshold).length;
  return { formId: form.id, threshold, answered, satisfied, percent: percentOf(satisfied, answered) };
}

/** Stage 2: for each scale, respondents' earliest against latest answer, where both exist. */
export function growth(form: MonitoredForm, responses: Response[]): GrowthRow[] {
  const byPerson = new Map<string, Response[]>();
  responses.forEach((r, i) => {
    if (r.formId !== form.id || !r.code || r.stage === null) return;
    const key = personKey(r, i);
    byPerson.set(key, [...(byPerson.get(key) ?? []), r]);
  });
  const rows: GrowthRow[] = [];
  for (const field of countedFields(form)) {
    if (field.kind !== 'scale') continue;
    let pairs = 0;
    let sumBefore = 0;
    let sumAfter = 0;
    let improved = 0;
    let worsened = 0;
    for (const answers of byPerson.values()) {
      const withValue = answers
        .filter((r) => typeof r.answers[field.id] === 'number')
        .sort((a, b) => stageRank(a.stage) - stageRank(b.stage));
      const first = withValue[0];
      const last = withValue.at(-1);
      if (!first || !last || stageRank(first.stage) === stageRank(last.stage)) continue;
      const b = first.answers[field.id] as number;
      const a = last.answers[field.id] as number;
      pairs += 1;
      sumBefore += b;
      sumAfter += a;
      if (a > b) improved += 1;
      if (a < b) worsened += 1;
    }
    if (pairs === 0) continue;
    rows.push({
      fieldId: field.id,
      label: field.label,
      pairs,
      before: round(sumBefore / pairs, 2),
      after: round(sumAfter / pairs, 2),
      change: round((sumAfter - sumBefore) / pairs, 2),
      improved,
      worsened,
    });
  }
  return rows;
}

/** Stage 1: the scale questions by how close their mean is to the top of the scale, best first. */
export function rankByMean(stats: QuestionStats[]): (QuestionStats & { level: number })[] {
  return stats
    .filter((q) => q.kind === 'scale' && q.mean !== null && q.min !== undefined && q.max !== undefined && q.max > q.min)
    .map((q) => ({ ...q, level: round((q.mean! - q.min!) / (q.max! - q.min!), 3) }))
    .sort((a, b) => b.level - a.level);
}

export function formQuestions(
  form: MonitoredForm,
  responses: Response[],
  stage: Stage | 'all' = 'all',
): QuestionStats[] {
  const own = responses.filter((r) => r.formId === form.id && (stage === 'all' || r.stage === stage));
  // (A group's responses are already one questionnaire's; the filter keeps the function safe on its own.)
  return countedFields(form).map((field) => questionStats(field, own));
}
