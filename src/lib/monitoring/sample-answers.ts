// Fictional filled questionnaires for tests, the benchmark and the browser test: made from the real
// questionnaires with a seeded generator, so the same seed gives the same answers. No real people.
import type { FormValues } from '../forms/values.ts';
import type { MonitoredForm } from './questionnaires.ts';

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleOptions {
  organisation: string;
  code: string;
  stageOption: string;
  date: string;
  random: () => number;
}

/** Values of every countable field, as the form filler would save them (numbers as strings). */
export function sampleValues(form: MonitoredForm, options: SampleOptions): FormValues {
  const { random } = options;
  const values: FormValues = {};
  for (const field of form.fields) {
    if (field.id === form.spec.stageField) values[field.id] = options.stageOption;
    else if (field.id === 'organisation') values[field.id] = options.organisation;
    else if (field.id === 'respondent-code') values[field.id] = options.code;
    else if (field.id === 'filled-on') values[field.id] = options.date;
    else if (field.kind === 'scale')
      values[field.id] = String(field.min + Math.floor(random() * (field.max - field.min + 1)));
    else if (field.kind === 'number')
      values[field.id] = String(Math.max(field.min ?? 0, Math.min(field.max ?? 10, 1 + Math.floor(random() * 5))));
    else if (field.kind === 'choice' && field.multiple) values[field.id] = field.options.filter(() => random() < 0.3);
    else if (field.kind === 'choice') values[field.id] = field.options[Math.floor(random() * field.options.length)]!;
    else if (field.kind === 'text' || field.kind === 'longText')
      values[field.id] = random() < 0.5 ? 'Встречи помогли разобраться в теме.' : '';
  }
  return values;
}

/** A form-filler export of the values, as the «Скачать ответы для мониторинга (.json)» button writes it. */
export const exportOf = (form: MonitoredForm, values: FormValues, exportedAt = '2026-05-20T10:00:00.000Z') =>
  JSON.stringify(
    { format: 'nastavnik-form', form: form.id, title: form.title, version: 'test', exportedAt, values },
    null,
    2,
  );
