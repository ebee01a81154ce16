// The site's one reader of users' spreadsheets: a CSV (delimiter «,», «;» or tab; UTF-8 with or without BOM,
// UTF-16 with BOM, or Windows-1251; quoted fields with line breaks) or an .xlsx (the first sheet or a chosen
// one) into rows of text. Shared by the monitoring tool and the pairs tool; keep this API stable.
//
// This module is light: the parsers (papaparse, read-excel-file) are imported only when a file is read, so
// a page that imports `readSpreadsheet` ships them as separate chunks fetched on the first file.
import { decodeText, detectKind, type TextEncodingName } from './detect.ts';
import { ImportError } from './errors.ts';
import { loadModule } from '../lazy-module.ts';
import type { Delimiter } from './csv.ts';

export { ImportError, type ImportErrorCode } from './errors.ts';
export type { Delimiter } from './csv.ts';
export type { TextEncodingName } from './detect.ts';

export interface Spreadsheet {
  /** Names of the workbook's sheets in order; empty for a CSV, which has no sheets. */
  sheetNames: string[];
  /** The sheet read (an .xlsx only). */
  sheet?: string;
  /** Rows of trimmed cell text, rows with no text dropped. Rows may differ in length. */
  rows: string[][];
  format: 'csv' | 'xlsx';
  /** CSV only: how the text was decoded and split. */
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
}

export interface ReadOptions {
  /** .xlsx: a sheet name, or its index from 0. The first sheet when absent. */
  sheet?: string | number;
  /** CSV: the delimiter, when the user chose it; guessed from the first line when absent. */
  delimiter?: Delimiter;
  /** Files larger than this are refused before reading (default 20 MB). */
  maxBytes?: number;
  /** What the tool asks for, in the accusative («таблицу с ответами»), for the message about a file that is not a table. */
  expected?: string;
}

/** For `<input type="file" accept=…>`. */
export const SPREADSHEET_ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

async function toBytes(input: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

/** Rows of cells pasted from a spreadsheet (see `parsePaste`); papaparse is fetched on the first paste. */
export async function readPaste(text: string): Promise<string[][]> {
  const { parsePaste } = await import('./csv.ts');
  return parsePaste(text);
}

/** Reads a spreadsheet file. Rejects with an `ImportError` whose message (in Russian) says what is wrong. */
export async function readSpreadsheet(
  input: Blob | ArrayBuffer | Uint8Array,
  options: ReadOptions = {},
): Promise<Spreadsheet> {
  const size = input instanceof Blob ? input.size : input.byteLength;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size === 0) throw new ImportError('empty', 'Файл пуст.');
  if (size > maxBytes) {
    throw new ImportError(
      'too-large',
      `Файл слишком большой: ${(size / 1048576).toFixed(1)} МБ, а читаются файлы до ${Math.round(maxBytes / 1048576)} МБ.`,
    );
  }
  const bytes = await toBytes(input);
  const kind = detectKind(bytes);
  if (kind === 'xls') {
    throw new ImportError(
      'xls',
      'Это файл старого формата Excel (.xls). Откройте его в Excel или LibreOffice и сохраните как .xlsx или CSV.',
    );
  }
  if (kind === 'binary') {
    const expected = options.expected ?? 'файл таблицы';
    throw new ImportError(
      'not-a-table',
      `Это не таблица: файл не похож ни на CSV, ни на .xlsx. Выберите ${expected} в формате .xlsx или CSV.`,
    );
  }
  if (kind === 'xlsx') {
    const { parseXlsx } = await loadModule(() => import('./xlsx.ts'), 'для чтения таблицы');
    const result = await parseXlsx(bytes, options.sheet);
    if (result.rows.length === 0)
      throw new ImportError('empty', `На листе «${result.sheet}» нет ни одной заполненной строки.`);
    return { ...result, format: 'xlsx' };
  }
  const { parseCsv } = await loadModule(() => import('./csv.ts'), 'для чтения таблицы');
  const { text, encoding } = decodeText(bytes);
  const { rows, delimiter } = parseCsv(text, options.delimiter);
  if (rows.length === 0) throw new ImportError('empty', 'В файле нет ни одной заполненной строки.');
  return { sheetNames: [], rows, format: 'csv', encoding, delimiter };
}
