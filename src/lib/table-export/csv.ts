// A table as CSV that Excel and LibreOffice open with Cyrillic intact: a UTF-8 byte-order mark, semicolons
// between fields and decimal commas, as Russian-locale Excel expects, and CRLF line ends. Text that would run
// as a formula is neutralised (cell.ts); a number is written bare, so the spreadsheet reads it as a number.
import { safeNumber, safeText, type Cell } from './cell.ts';

const field = (cell: Cell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(safeNumber(cell) ?? '').replace('.', ',');
  const text = safeText(cell);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(rows: Cell[][]): string {
  return `\ufeff${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
