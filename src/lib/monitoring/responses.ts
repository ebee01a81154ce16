// One filled questionnaire as the statistics see it, made from a form-filler JSON file or a survey row:
// answers checked against the questionnaire's fields (a value off the scale or not among the options is
// left out with a note), plus the stage, organisation, form of mentoring and respondent code.
import type { FormField } from '../../schemas/form.ts';
import type { FormValues } from '../forms/values.ts';
import { serviceFields, type MonitoredForm, type Stage } from './questionnaires.ts';

/** A counted answer: a number for scales and numbers, the chosen options for choices, text otherwise. */
export type Answer = number | string[] | string;

export interface Response {
  formId: string;
  /** Where it came from, for messages: a file name, or a file name and row. */
  source: string;
  stage: Stage | null;
  organisation: string;
  /** The form of mentoring («ученик – ученик»), '' when not given. */
  mentoringForm: string;
  code: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  answers: Record<string, Answer>;
}

export interface Note {
  source: string;
  level: 'error' | 'warning';
  text: string;
}

/** Compares option text the way people retype it: case, ё, dashes and spaces do not matter. */
export const normaliseOption = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−-]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, ' - ')
    .trim();

// Options normalised once per list: thousands of answers are matched against the same few options.
const optionIndex = new WeakMap<string[], Map<string, string>>();

export function matchOption(options: string[], value: string): string | null {
  let index = optionIndex.get(options);
  if (!index) {
    index = new Map([
      ...options.map((o): [string, string] => [normaliseOption(o), o]),
      ...options.map((o): [string, string] => [o, o]),
    ]);
    optionIndex.set(options, index);
  }
  return index.get(value) ?? index.get(normaliseOption(value)) ?? null;
}

/** The number a scale or number answer holds: «7», «7,5», «7 — полностью да» (a leading number). */
export function leadingNumber(value: string): number | null {
  const match = /^\s*(-?\d+(?:[.,]\d+)?)/.exec(value);
  return match ? Number(match[1]!.replace(',', '.')) : null;
}

/** Checks one raw answer against its field; returns the answer, or a reason it was left out. */
export function readAnswer(field: FormField, raw: string | string[]): { answer?: Answer; problem?: string } {
  const text = Array.isArray(raw) ? raw.join(', ') : raw.trim();
  if (text === '') return {};
  switch (field.kind) {
    case 'scale': {
      const n = leadingNumber(text);
      if (n === null || !Number.isInteger(n) || n < field.min || n > field.max)
        return { problem: `ответ «${text}» не по шкале ${field.min}–${field.max}` };
      return { answer: n };
    }
    case 'number': {
      const n = leadingNumber(text);
      if (n === null || (field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
        return { problem: `ответ «${text}» — не число в допустимых пределах` };
      return { answer: n };
    }
    case 'choice': {
      const items = Array.isArray(raw) ? raw : field.multiple ? splitChoices(field.options, raw) : [raw];
      const chosen: string[] = [];
      const unknown: string[] = [];
      for (const item of items) {
        if (item.trim() === '') continue;
        const option = matchOption(field.options, item);
        if (option) chosen.push(option);
        else unknown.push(item.trim());
      }
      if (unknown.length > 0)
        return { problem: `нет такого варианта ответа: ${unknown.map((u) => `«${u}»`).join(', ')}` };
      if (!field.multiple && chosen.length > 1)
        return { problem: 'выбрано несколько вариантов там, где можно только один' };
      return { answer: field.options.filter((o) => chosen.includes(o)) };
    }
    default:
      return { answer: text };
  }
}

/**
 * Several options in one cell, as survey services write them («Стать увереннее в себе, Освоиться в новом
 * коллективе»). Options may hold commas themselves, so the known options are found in the text first and
 * whatever is left, split by commas or semicolons, is reported as unknown.
 */
const longestFirst = new WeakMap<string[], [string, string][]>();

export function splitChoices(options: string[], cell: string): string[] {
  let sorted = longestFirst.get(options);
  if (!sorted) {
    sorted = options.map((o): [string, string] => [o, normaliseOption(o)]).sort((a, b) => b[1].length - a[1].length);
    longestFirst.set(options, sorted);
  }
  let rest = normaliseOption(cell);
  const found: string[] = [];
  for (const [option, key] of sorted) {
    const at = rest.indexOf(key);
    if (at >= 0) {
      found.push(option);
      rest = `${rest.slice(0, at)};${rest.slice(at + key.length)}`;
    }
  }
  const leftover = rest
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...found, ...leftover];
}

/** A date as YYYY-MM-DD from «2026-05-12», «12.05.2026» or «12.05.2026 10:15»; '' when not a date. */
export function readDate(text: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text.trim());
  if (ru) return `${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}`;
  return '';
}

/** Builds a response from raw answers keyed by field id; the notes say what was left out and why. */
export function buildResponse(
  form: MonitoredForm,
  source: string,
  raw: Record<string, string | string[]>,
): { response: Response; notes: Note[] } {
  const notes: Note[] = [];
  const answers: Record<string, Answer> = {};
  for (const field of form.fields) {
    const value = raw[field.id];
    if (value === undefined) continue;
    const { answer, problem } = readAnswer(field, value);
    if (problem) notes.push({ source, level: 'warning', text: `«${field.label}»: ${problem}; ответ не учтён.` });
    else if (answer !== undefined && !(Array.isArray(answer) && answer.length === 0)) answers[field.id] = answer;
  }
  const first = (id: string) => {
    const a = answers[id];
    return Array.isArray(a) ? (a[0] ?? '') : typeof a === 'string' ? a.trim() : '';
  };
  const stageOption = first(form.spec.stageField);
  const stage = stageOption ? (form.spec.stages[stageOption] ?? null) : (form.spec.defaultStage ?? null);
  const missing = form.fields.filter(
    (f) => f.required && answers[f.id] === undefined && f.kind !== 'signature' && f.kind !== 'table',
  );
  if (missing.length > 0)
    notes.push({
      source,
      level: 'warning',
      text: `Нет ответа на обязательные вопросы: ${missing.map((f) => `«${f.label}»`).join(', ')}. Остальные ответы учтены.`,
    });
  return {
    response: {
      formId: form.id,
      source,
      stage,
      organisation: first(serviceFields.organisation).replace(/\s+/g, ' '),
      mentoringForm: first(serviceFields.form),
      code: first(serviceFields.code).toUpperCase().replace(/\s+/g, ''),
      date: readDate(first(serviceFields.date)),
      answers,
    },
    notes,
  };
}

/** Form-filler values (strings and lists of strings) as raw answers; tables and other shapes are skipped. */
export function rawFromValues(values: FormValues): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const [id, value] of Object.entries(values)) {
    if (typeof value === 'string') raw[id] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) raw[id] = value as string[];
  }
  return raw;
}
