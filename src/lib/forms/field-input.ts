// What a form field's input shows and what a click on it makes of the value: the choices ticked, the steps of a
// scale, a table's rows. Plain data in and out, so the filler's inputs only render.
import type { FormValues, TableRows } from './values.ts';

/** The text a one-line input shows: a list or a table never lands in one. */
export const inputText = (value: FormValues[string]): string => (typeof value === 'string' ? value : '');

/** The options a choice field has ticked: a list for a multiple choice, the one option for a single one. */
export function chosenOptions(value: FormValues[string]): string[] {
  if (Array.isArray(value)) return value as string[];
  const text = inputText(value);
  return text ? [text] : [];
}

/**
 * The value after an option is ticked or unticked: a multiple choice keeps the options' own order, a single
 * choice becomes the option clicked.
 */
export function toggledChoice(
  options: readonly string[],
  multiple: boolean | undefined,
  chosen: readonly string[],
  option: string,
  checked: boolean,
): string | string[] {
  return multiple ? options.filter((o) => (o === option ? checked : chosen.includes(o))) : option;
}

/** The steps of a scale from min to max, as the strings the radio buttons carry. */
export const scaleSteps = (min: number, max: number): string[] =>
  Array.from({ length: max - min + 1 }, (_, i) => String(min + i));

/** A table's rows as saved; anything else reads as no rows. */
export const tableRows = (value: FormValues[string]): TableRows => (Array.isArray(value) ? (value as TableRows) : []);

/** One cell changed, every other row and cell as it was. */
export const withCell = (rows: TableRows, index: number, column: string, cell: string): TableRows =>
  rows.map((row, i) => (i === index ? { ...row, [column]: cell } : row));
