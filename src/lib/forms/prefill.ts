// Links that hand a form out already filled in part: a questionnaire for a participant arrives with the
// organisation, the participant's code and form of mentoring (`…/anketa-nastavnika/#zapolnit?respondent-code=НС-001`).
// Only text fields that do not hold a person and choices travel this way: a name never goes into an address.
import type { Form, FormField } from '../../schemas/form.ts';
import { formFields, sanitiseValues, type FormValues } from './values.ts';

export const prefillMarker = 'zapolnit';

const travels = (field: FormField) => (field.kind === 'text' && !field.declines) || field.kind === 'choice';

/** The values a link's hash carries for this form; the form's own checks decide what is kept. */
export function prefillFromHash(form: Form, hash: string): FormValues {
  const text = hash.replace(/^#/, '');
  if (!text.startsWith(`${prefillMarker}?`)) return {};
  const params = new URLSearchParams(text.slice(prefillMarker.length + 1));
  const raw: Record<string, string | string[]> = {};
  for (const field of formFields(form)) {
    const value = params.get(field.id);
    if (value === null || !travels(field)) continue;
    // A choice keeps only an option the form offers: a link cannot put words in the respondent's mouth.
    if (field.kind === 'choice' && !field.options.includes(value)) continue;
    if (field.kind === 'choice') raw[field.id] = field.multiple ? [value] : value;
    else raw[field.id] = value.slice(0, field.kind === 'text' ? field.maxLength : undefined);
  }
  return sanitiseValues(form, raw).values;
}

/** The hash of a link that opens the form with these values; fields that may not travel are left out. */
export function prefillHash(form: Form, values: Record<string, string>): string {
  const allowed = new Set(
    formFields(form)
      .filter(travels)
      .map((field) => field.id),
  );
  const params = new URLSearchParams();
  for (const [id, value] of Object.entries(values)) if (allowed.has(id) && value.trim()) params.set(id, value.trim());
  return `#${prefillMarker}?${params.toString()}`;
}
