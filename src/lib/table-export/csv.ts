// A table as CSV that Excel and LibreOffice open with Cyrillic intact: a UTF-8 byte-order mark, semicolons
// between fields and decimal commas, as Russian-locale Excel expects, and CRLF line ends.
import type { Cell } from './cell.ts';

const field = (cell: Cell): string => {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(rows: Cell[][]): string {
  return '\ufeff' + rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}
