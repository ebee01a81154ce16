// A cell of an exported table, and how the .csv and .xlsx writers make it safe to open.

/** A cell of an exported table: text, a number (written as a number) or nothing. */
export type Cell = string | number | null;

/** Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF). */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text without the characters XML 1.0 forbids. */
export const xmlSafe = (text: string): string => text.replace(forbidden, '');

/** What makes a spreadsheet read a cell as a formula: OWASP's list for CSV injection. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell as it is written: forbidden characters removed (as src/lib/ics.ts does for calendars: a line
 * pasted from Word may carry U+000B), and text that a spreadsheet would run as a formula («=HYPERLINK(…)»,
 * «-2+3», «@SUM(…)») prefixed with a single quote, as OWASP recommends, so it shows as the text it is.
 */
export function safeText(text: string): string {
  const clean = xmlSafe(text);
  return formulaStart.test(clean) ? `'${clean}` : clean;
}

/** A number cell: a finite number stays a number (a negative one too); NaN and infinities are left empty. */
export const safeNumber = (value: number): number | null => (Number.isFinite(value) ? value : null);
