// Schools pasted from a spreadsheet (split into cells by readPaste of src/lib/import/): one row a school, the
// name, then the six counts in the calculator's order. A header row, whose count cells are not numbers, is
// skipped; missing cells stay empty for the page to point at.
import { populations, type SchoolInput } from './types.ts';

const looksNumeric = (cell: string) => /^[\d\s\u00a0.,-]*$/.test(cell);

export function schoolsFromRows(rows: string[][]): SchoolInput[] {
  return rows
    .filter((cells) => cells.slice(1).some((cell) => cell !== '' && looksNumeric(cell)))
    .map(([name = '', ...counts]) => ({
      name,
      counts: Object.fromEntries(
        populations.map((p, i) => [p, (counts[i] ?? '').replace(/[\s\u00a0]/g, '')]),
      ) as SchoolInput['counts'],
    }));
}
