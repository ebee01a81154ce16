// Schools pasted from a spreadsheet: one line a school, cells separated by tabs (as Excel and LibreOffice
// copy them) or semicolons (CSV): the name, then the six counts in the calculator's order. A header line,
// whose count cells are not numbers, is skipped; missing cells stay empty for the page to point at.
import { populations, type SchoolInput } from './types.ts';

const looksNumeric = (cell: string) => /^[\d\s\u00a0.,-]*$/.test(cell);

export function parseSchools(text: string): SchoolInput[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(line.includes('\t') ? '\t' : ';').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')))
    .filter((cells) => cells.some((cell) => cell !== ''))
    .filter((cells) => cells.slice(1).some((cell) => cell !== '' && looksNumeric(cell)))
    .map(([name = '', ...counts]) => ({
      name,
      counts: Object.fromEntries(populations.map((p, i) => [p, (counts[i] ?? '').replace(/[\s\u00a0]/g, '')])) as SchoolInput['counts'],
    }));
}
