// CSV text into rows with papaparse (maintained, RFC 4180 quoting with newlines inside fields, delimiter
// guessing; about 7 KB gzip, loaded only when a CSV is opened) rather than a hand-written splitter.
import Papa from 'papaparse';
import { ImportError } from './errors.ts';
import { dropEmptyRows } from './rows.ts';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: Delimiter[] = [';', ',', '\t'];

/** Excel's «sep=;» first line names the delimiter; it is not data. */
function sepLine(text: string): { delimiter?: Delimiter; rest: string } {
  const match = /^sep=(.)\r?\n/i.exec(text);
  const named = match?.[1];
  if (match && named && (DELIMITERS as string[]).includes(named))
    return { delimiter: named as Delimiter, rest: text.slice(match[0].length) };
  return { rest: text };
}

/** The delimiter most frequent outside quotes in the first non-blank line (ties: «;», then «,», then tab). */
export function guessDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text.replace(/^[\r\n]+/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) if (counts.get(d)! > bestCount) [best, bestCount] = [d, counts.get(d)!];
  return best;
}

export function parseCsv(text: string, delimiter?: Delimiter): { rows: string[][]; delimiter: Delimiter } {
  const sep = sepLine(text);
  const chosen = delimiter ?? sep.delimiter ?? guessDelimiter(sep.rest);
  const result = Papa.parse<string[]>(sep.rest, { delimiter: chosen, skipEmptyLines: false });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const line = (quoteError.row ?? 0) + 1;
    throw new ImportError(
      'bad-csv',
      `Файл CSV повреждён: в записи ${line} кавычка открыта и не закрыта. Откройте файл в табличном редакторе и сохраните заново как CSV.`,
    );
  }
  return { rows: dropEmptyRows(result.data.map((row) => row.map((cell) => cell.trim()))), delimiter: chosen };
}

/**
 * Cells copied from Excel or LibreOffice and pasted as text: a tab between cells, and a cell that holds a tab, a
 * line break or a quote comes in quotes, as both programs copy it. Text with no tab at all (typed by hand, or a
 * line of a CSV) is split at «;». Cells trimmed, blank rows dropped; an unclosed quote reads as far as it goes.
 */
export function parsePaste(text: string): string[][] {
  const delimiter = text.includes('\t') ? '\t' : ';';
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return dropEmptyRows(result.data.map((row) => row.map((cell) => cell.trim())));
}
