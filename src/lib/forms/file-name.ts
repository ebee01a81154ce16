// The name a filled form downloads under: the form's id with whose it is (the surnames of the people it names) or,
// for an order, its date, so a folder of downloads tells one plan or order from another without opening them.
import { downloadName, surnameOf } from '../download-name.ts';
import type { Form } from '../../schemas/form.ts';
import { formFields, type FormValues } from './values.ts';

/** Fields that name the people a document is about, in the forms' own ids. */
const peopleFields = new Set(['mentor', 'mentee', 'full-name', 'participant', 'child-name', 'teacher']);

export function formFileName(formId: string, form: Form, values: FormValues, extension: string): string {
  const text = (id: string) => {
    const value = values[id];
    return typeof value === 'string' ? value.trim() : '';
  };
  const fields = formFields(form);
  const surnames = fields
    .filter((field) => field.kind === 'text' && peopleFields.has(field.id) && text(field.id))
    .slice(0, 2)
    .map((field) => surnameOf(text(field.id)));
  const date = fields.find((field) => field.kind === 'date' && text(field.id));
  const which = surnames.length > 0 ? surnames : [date ? text(date.id) : ''];
  return downloadName([formId, ...which], extension);
}
