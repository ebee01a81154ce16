// What a filled form holds and how a value is read back safely from anywhere (storage, a file, a link).
import type { Form, FormField } from '../../schemas/form.ts';
import { declensionKeys } from './declension.ts';

export type TableRows = Record<string, string>[];
/**
 * By field id: text, a date `YYYY-MM-DD`, a number as typed, the chosen options, or the rows of a table; and
 * by `field@case` / `field@gender`, a declined form the user corrected and the gender they chose.
 */
export type FormValues = Record<string, string | string[] | TableRows | undefined>;

export function formFields(form: Form): FormField[] {
  return form.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [] : [block])),
  );
}

const isRows = (value: unknown): value is TableRows =>
  Array.isArray(value) &&
  value.every(
    (row) =>
      typeof row === 'object' &&
      row !== null &&
      !Array.isArray(row) &&
      Object.values(row).every((cell) => typeof cell === 'string'),
  );

/** The value if it has the shape its field expects, otherwise nothing. */
export function valueFor(field: FormField, value: unknown): FormValues[string] {
  switch (field.kind) {
    case 'table':
      return isRows(value)
        ? value.map((row) => Object.fromEntries(field.columns.map((column) => [column.id, row[column.id] ?? ''])))
        : undefined;
    case 'choice':
      if (field.multiple) return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
      return typeof value === 'string' ? value : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}

/** Keeps what fits the form's fields and drops the rest; tells how many values were dropped. */
export function sanitiseValues(form: Form, raw: unknown): { values: FormValues; dropped: number } {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const values: FormValues = {};
  let kept = 0;
  for (const field of formFields(form)) {
    if (!(field.id in source)) continue;
    const value = valueFor(field, source[field.id]);
    if (value !== undefined) {
      values[field.id] = value;
      kept += 1;
    }
  }
  // A declined form the user corrected, or the gender they chose for a name (src/lib/forms/declension.ts).
  for (const key of declensionKeys(form)) {
    if (typeof source[key] !== 'string') continue;
    values[key] = source[key];
    kept += 1;
  }
  return { values, dropped: Object.keys(source).length - kept };
}

/** True when nothing has been typed into the form. */
export function isEmpty(values: FormValues): boolean {
  return Object.values(values).every((value) =>
    Array.isArray(value)
      ? value.every((item) =>
          typeof item === 'string' ? item.trim() === '' : Object.values(item).every((c) => c.trim() === ''),
        )
      : !value?.trim(),
  );
}

/** Tables start with the rows the blank prints (e.g. the months of a plan), or one empty row. */
export function initialValues(form: Form): FormValues {
  const values: FormValues = {};
  for (const field of formFields(form)) {
    if (field.kind === 'table') {
      const blank = Object.fromEntries(field.columns.map((c) => [c.id, '']));
      values[field.id] = field.rows.length > 0 ? field.rows.map((row) => ({ ...blank, ...row })) : [blank];
    }
  }
  return values;
}
