// The cases a form's text puts its values in, what the filler suggests for each, and what a filled document
// prints: the user's own correction when there is one, otherwise the declined suggestion. Corrections and a
// chosen gender are kept with the values under `field@case` and `field@gender`.
import type { Form, FormField } from '../../schemas/form.ts';
import { grammaticalCases, placeholderPattern, type GrammaticalCase } from './placeholders.ts';
import type { Gender } from '../grammar/names.ts';
import { declinePerson, needsGender } from '../grammar/person.ts';
import { organisationGenitive } from '../grammar/phrase.ts';
import type { FormValues } from './values.ts';

export type DecliningField = Extract<FormField, { kind: 'text' }> & { declines: 'person' | 'organisation' };
export type Declined = Exclude<GrammaticalCase, 'nomn'>;

export const caseKey = (id: string, grammar: Declined) => `${id}@${grammar}`;
export const genderKey = (id: string) => `${id}@gender`;

const declinedCases = grammaticalCases.filter((c): c is Declined => c !== 'nomn');
const text = (value: FormValues[string]) => (typeof value === 'string' ? value.trim() : '');

/** Every field whose value the text puts into another case, with those cases in the order the text uses them. */
export function decliningFields(form: Form): { field: DecliningField; cases: Declined[] }[] {
  const fields = new Map<string, DecliningField>();
  for (const section of form.sections) {
    for (const block of section.blocks)
      if (block.kind === 'text' && block.declines) fields.set(block.id, block as DecliningField);
  }
  const found = new Map<string, Declined[]>();
  for (const section of form.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const [, id, grammar] of block.text.matchAll(placeholderPattern)) {
        if (!fields.has(id!) || !grammar || grammar === 'nomn') continue;
        const cases = found.get(id!) ?? [];
        if (!cases.includes(grammar as Declined)) cases.push(grammar as Declined);
        found.set(id!, cases);
      }
    }
  }
  return [...found].map(([id, cases]) => ({ field: fields.get(id)!, cases }));
}

/** The keys a form may keep beside its fields' values. */
export function declensionKeys(form: Form): string[] {
  return decliningFields(form).flatMap(({ field }) => [
    genderKey(field.id),
    ...declinedCases.map((c) => caseKey(field.id, c)),
  ]);
}

export function chosenGender(values: FormValues, id: string): Gender | undefined {
  const chosen = values[genderKey(id)];
  return chosen === 'male' || chosen === 'female' ? chosen : undefined;
}

/** The declined form the filler offers; null when a name needs its gender first. */
export function suggestion(field: DecliningField, values: FormValues, grammar: Declined): string | null {
  const value = text(values[field.id]);
  if (!value) return '';
  if (field.declines === 'organisation') return organisationGenitive(value);
  return declinePerson(value, grammar, chosenGender(values, field.id));
}

/** What the document prints for `{id:case}`: the correction, the suggestion, or (gender unknown) the nominative. */
export function printedForm(field: DecliningField, values: FormValues, grammar: Declined): string {
  return text(values[caseKey(field.id, grammar)]) || suggestion(field, values, grammar) || text(values[field.id]);
}

/** The text of every `{id:case}` placeholder of the form that is not nominative, by `id@case`. */
export function declinedTexts(form: Form, values: FormValues): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { field, cases } of decliningFields(form))
    for (const c of cases) texts.set(caseKey(field.id, c), printedForm(field, values, c));
  return texts;
}

/** True when the field's name needs a gender chosen before it can decline. */
export function asksGender(field: DecliningField, values: FormValues): boolean {
  return field.declines === 'person' && needsGender(text(values[field.id]));
}

/** A new value for a field: its corrections belonged to the old value, so they go. */
export function withValue(form: Form, values: FormValues, id: string, value: FormValues[string]): FormValues {
  const next: FormValues = { ...values, [id]: value };
  if (decliningFields(form).some(({ field }) => field.id === id))
    for (const c of declinedCases) delete next[caseKey(id, c)];
  return next;
}

/** The message for a name whose gender is unknown and whose declined forms were not all written by hand. */
export function declensionErrors(form: Form, values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, cases } of decliningFields(form)) {
    const unresolved = cases.some((c) => !text(values[caseKey(field.id, c)]));
    if (unresolved && asksGender(field, values) && !chosenGender(values, field.id)) {
      errors[field.id] =
        'По ФИО не понять, мужчина это или женщина: выберите пол под полем — от него зависят окончания в тексте';
    }
  }
  return errors;
}

/**
 * The comma that closes a position standing after a name, when the sentence goes on: «Ответственному Лебедевой
 * И. С., учителю информатики, разместить…». A name without a position, or at a sentence's end, takes none.
 */
export function appositionComma(value: string, after: string): string {
  return value.includes(',') && /^\s+[а-яёa-z]/i.test(after) ? ',' : '';
}
