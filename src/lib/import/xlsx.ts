// .xlsx into rows with read-excel-file (maintained; unzips with fflate, which the site already ships, and
// parses XML with a small SAX parser; about 18 KB gzip, loaded only when an .xlsx is opened). A reader of our
// own on fflate would have to redo shared strings, inline strings, dates by number format and sparse rows;
// the library does all of that and is tested against files from Excel, LibreOffice and Google Sheets.
import readXlsxFile from 'read-excel-file/universal';
import { ImportError } from './errors.ts';
import { dropEmptyRows } from './rows.ts';

/** A damaged .xlsx, whatever the library's reason. */
export const badXlsx =
  'Файл .xlsx не читается: он повреждён или это не таблица Excel. Откройте его в Excel или LibreOffice и сохраните заново как .xlsx.';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person sees: dates as ДД.ММ.ГГГГ (with time when there is one), numbers with a dot. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const date = `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
    const hasTime = value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds();
    return hasTime
      ? `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`
      : date;
  }
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  return String(value).trim();
}

export async function parseXlsx(
  bytes: Uint8Array,
  sheet?: string | number,
): Promise<{ sheetNames: string[]; sheet: string; rows: string[][] }> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // A copy into an ArrayBuffer of its own: the view may be a window onto a larger buffer.
    sheets = await readXlsxFile(bytes.slice().buffer as ArrayBuffer);
  } catch (error) {
    // The library's reason («Couldn't unzip `.xlsx` file contents») is English and tells a teacher nothing.
    throw new ImportError('bad-xlsx', badXlsx, { cause: error });
  }
  const sheetNames = sheets.map((s) => s.sheet);
  let chosen = sheets[0];
  if (!chosen) throw new ImportError('bad-xlsx', 'В файле .xlsx нет ни одного листа.');
  if (typeof sheet === 'number') {
    const byIndex = sheets[sheet];
    if (!byIndex)
      throw new ImportError(
        'no-sheet',
        `В файле ${sheets.length} ${sheetsWord(sheets.length)}, листа № ${sheet + 1} нет.`,
      );
    chosen = byIndex;
  } else if (typeof sheet === 'string') {
    const found = sheets.find((s) => s.sheet === sheet);
    if (!found)
      throw new ImportError(
        'no-sheet',
        `Листа «${sheet}» в файле нет. Есть листы: ${sheetNames.map((n) => `«${n}»`).join(', ')}.`,
      );
    chosen = found;
  }
  return { sheetNames, sheet: chosen.sheet, rows: dropEmptyRows(chosen.data.map((row) => row.map(cellText))) };
}

function sheetsWord(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'лист';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'листа';
  return 'листов';
}
