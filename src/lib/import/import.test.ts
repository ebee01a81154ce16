import { describe, expect, it } from 'vitest';
import { toXlsx } from '../table-export/xlsx.ts';
import { zipSync, strToU8 } from 'fflate';
import { ImportError, readPaste, readSpreadsheet } from './index.ts';
import { guessDelimiter, parseCsv, parsePaste } from './csv.ts';
import { badXlsx, cellText } from './xlsx.ts';
import { decodeText, detectKind } from './detect.ts';

/** Windows-1251 bytes of a text of ASCII and Russian letters, as Excel in Russia saves a CSV. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      if (code === 0xab) return 0xab;
      if (code === 0xbb) return 0xbb;
      throw new Error(`no cp1251 byte for ${char}`);
    }),
  );
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected a rejection');
}

const SURVEY = [
  ['Отметка времени', 'Код участника', 'Насколько вы довольны встречами?', 'Комментарий'],
  ['12.05.2026 10:15:00', 'Н-01', '5', 'Всё «хорошо», спасибо'],
  ['12.05.2026 10:17:30', 'Н-02', '4', 'Встречи; иногда\nпереносились'],
];

describe('readSpreadsheet: CSV', () => {
  const csv = (rows: string[][], sep: string) =>
    `${rows.map((row) => row.map((cell) => (/[";,\t\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(sep)).join('\r\n')}\r\n`;

  it.each([
    ['comma, UTF-8 with BOM', bom(utf8(csv(SURVEY, ','))), ',', 'utf-8'],
    ['semicolon, UTF-8 without BOM', utf8(csv(SURVEY, ';')), ';', 'utf-8'],
    ['tab, UTF-8', utf8(csv(SURVEY, '\t')), '\t', 'utf-8'],
    ['semicolon, Windows-1251', cp1251(csv(SURVEY, ';')), ';', 'windows-1251'],
    ['comma, Windows-1251', cp1251(csv(SURVEY, ',')), ',', 'windows-1251'],
  ] as const)('%s', async (_name, bytes, delimiter, encoding) => {
    const sheet = await readSpreadsheet(new Blob([bytes as BlobPart]));
    expect(sheet).toMatchObject({ format: 'csv', sheetNames: [], delimiter, encoding });
    expect(sheet.rows).toEqual(SURVEY);
  });

  it('reads UTF-16 with BOM (Excel «Текст в Юникоде»)', async () => {
    const text = 'Код\tОценка\r\nН-01\t5\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect((await readSpreadsheet(bytes)).rows).toEqual([
      ['Код', 'Оценка'],
      ['Н-01', '5'],
    ]);
  });

  it('honours Excel’s «sep=» line and an explicit delimiter', async () => {
    expect((await readSpreadsheet(utf8('sep=,\na;b,c\n'))).rows).toEqual([['a;b', 'c']]);
    expect((await readSpreadsheet(utf8('a;b,c\n'), { delimiter: ',' })).rows).toEqual([['a;b', 'c']]);
  });

  it('drops blank lines and trims cells, keeps rows of unequal length', async () => {
    expect((await readSpreadsheet(utf8('a; b ;c\n\n;;\nd\n'))).rows).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('accepts an ArrayBuffer and a Uint8Array view into a larger buffer', async () => {
    const whole = utf8('xxxa;b\n');
    expect((await readSpreadsheet(whole.subarray(3))).rows).toEqual([['a', 'b']]);
    expect((await readSpreadsheet(utf8('a;b\n').buffer as ArrayBuffer)).rows).toEqual([['a', 'b']]);
  });
});

describe('readSpreadsheet: .xlsx', () => {
  const workbook = (sheets: Record<string, string>) => {
    const names = Object.keys(sheets);
    const sheetXml = (rows: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    return zipSync({
      '[Content_Types].xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
      ),
      ...Object.fromEntries(
        names.map((n, i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(sheetXml(sheets[n] ?? ''))]),
      ),
    });
  };
  const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

  it('reads a file made by our own .xlsx writer: text, numbers, empty cells, line breaks', async () => {
    const bytes = toXlsx(
      [
        ['Код участника', 'Оценка', 'Комментарий'],
        ['Н-01', 5, 'Всё <хорошо> & «ясно»'],
        ['Н-02', 3.5, null],
        ['Н-03', null, 'две\nстроки'],
      ],
      'Ответы',
    );
    const sheet = await readSpreadsheet(new Blob([bytes as BlobPart]));
    expect(sheet).toMatchObject({ format: 'xlsx', sheetNames: ['Ответы'], sheet: 'Ответы' });
    expect(sheet.rows).toEqual([
      ['Код участника', 'Оценка', 'Комментарий'],
      ['Н-01', '5', 'Всё <хорошо> & «ясно»'],
      ['Н-02', '3.5', ''],
      ['Н-03', '', 'две\nстроки'],
    ]);
  });

  it('reads the first sheet, or one chosen by name or index', async () => {
    const bytes = workbook({
      Первый: `<row r="1">${inline('A1', 'один')}</row>`,
      Второй: `<row r="1">${inline('B1', 'два')}</row>`,
    });
    expect(await readSpreadsheet(bytes)).toMatchObject({
      sheetNames: ['Первый', 'Второй'],
      sheet: 'Первый',
      rows: [['один']],
    });
    expect(await readSpreadsheet(bytes, { sheet: 'Второй' })).toMatchObject({ sheet: 'Второй', rows: [['', 'два']] });
    expect(await readSpreadsheet(bytes, { sheet: 1 })).toMatchObject({ sheet: 'Второй' });
    expect((await rejection(readSpreadsheet(bytes, { sheet: 'Третий' }))).message).toBe(
      'Листа «Третий» в файле нет. Есть листы: «Первый», «Второй».',
    );
    expect((await rejection(readSpreadsheet(bytes, { sheet: 4 }))).message).toBe('В файле 2 листа, листа № 5 нет.');
  });

  it('shows dates and booleans as a person reads them', () => {
    expect(cellText(new Date(Date.UTC(2026, 4, 12)))).toBe('12.05.2026');
    expect(cellText(new Date(Date.UTC(2026, 4, 12, 10, 5, 7)))).toBe('12.05.2026 10:05:07');
    expect(cellText(true)).toBe('ИСТИНА');
    expect(cellText(null)).toBe('');
    expect(cellText(' 4 ')).toBe('4');
  });
});

describe('readSpreadsheet: bad files', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty', 'Файл пуст.'],
    ['only blank lines', utf8('\r\n;;\r\n'), 'empty', 'В файле нет ни одной заполненной строки.'],
    ['old Excel', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls', /\.xls/],
    [
      'a PNG picture',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'not-a-table',
      'Это не таблица: файл не похож ни на CSV, ни на .xlsx. Выберите файл таблицы в формате .xlsx или CSV.',
    ],
    ['an empty sheet', toXlsx([], 'Лист1'), 'empty', 'На листе «Лист1» нет ни одной заполненной строки.'],
    ['a broken zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'bad-xlsx', badXlsx],
    ['a zip without a workbook', zipSync({ 'a.txt': strToU8('привет') }), 'bad-xlsx', badXlsx],
    [
      'an unclosed quote',
      utf8('a;b\n"c;d\n'),
      'bad-csv',
      'Файл CSV повреждён: в записи 2 кавычка открыта и не закрыта. Откройте файл в табличном редакторе и сохраните заново как CSV.',
    ],
  ] as const)('%s', async (_name, bytes, code, message) => {
    const error = await rejection(readSpreadsheet(bytes));
    expect(error.code).toBe(code);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    // A library's English reason may be kept as the cause, never in the message a teacher reads.
    expect(error.message).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
  });

  it('names in the message what the tool asks for', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const error = await rejection(readSpreadsheet(png, { expected: 'таблицу со списком наставников' }));
    expect(error.message).toBe(
      'Это не таблица: файл не похож ни на CSV, ни на .xlsx. Выберите таблицу со списком наставников в формате .xlsx или CSV.',
    );
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await rejection(readSpreadsheet(utf8('a;b\n'.repeat(1000)), { maxBytes: 1024 }));
    expect(error).toMatchObject({
      code: 'too-large',
      message: 'Файл слишком большой: 0.0 МБ, а читаются файлы до 0 МБ.',
    });
  });
});

describe('parsePaste: cells copied from Excel or LibreOffice', () => {
  // The rows of the two hand-made splitters this replaced (the pairs tool and the calculator), then the cases they broke on.
  it.each([
    [
      'tabs from Excel',
      'Код\tТемы\r\nНЯ-1\tИКТ; ОВЗ\n\n',
      [
        ['Код', 'Темы'],
        ['НЯ-1', 'ИКТ; ОВЗ'],
      ],
    ],
    [
      'semicolons when there are no tabs',
      'ФИО;Темы\nЛесная Д. А.;ИКТ',
      [
        ['ФИО', 'Темы'],
        ['Лесная Д. А.', 'ИКТ'],
      ],
    ],
    ['a quoted name typed with semicolons', '"Лицей";10;5', [['Лицей', '10', '5']]],
    ['empty cells kept in place', 'СОШ № 2\t1 200\t\t2\n', [['СОШ № 2', '1 200', '', '2']]],
    [
      'a quoted cell holding a line break',
      'Код\tТемы\nНЯ-1\t"ИКТ\nОВЗ"\nНЯ-2\tЧтение',
      [
        ['Код', 'Темы'],
        ['НЯ-1', 'ИКТ\nОВЗ'],
        ['НЯ-2', 'Чтение'],
      ],
    ],
    ['a quoted cell holding a tab', 'a\t"b\tc"\td', [['a', 'b\tc', 'd']]],
    [
      'a quoted cell holding both and doubled quotes',
      '"Школа ""Ёлка""\n\tкорпус 2"\t7\r\n',
      [['Школа "Ёлка"\n\tкорпус 2', '7']],
    ],
    ['blank lines only', '\n\r\n\t\n', []],
  ])('%s', (_name, text, rows) => expect(parsePaste(text)).toEqual(rows));

  it('readPaste loads the parser and gives the same rows', async () => {
    expect(await readPaste('a\t"b\nc"')).toEqual([['a', 'b\nc']]);
  });
});

describe('helpers', () => {
  it.each([
    ['a;b,c\n', ';'],
    ['a,b;c,d\n', ','],
    ['a\tb\tc;d\n', '\t'],
    ['"a;b;c",d\n', ','],
    ['один\n', ','],
    ['\r\n\r\na;b\n', ';'],
  ] as const)('guessDelimiter(%j) = %j', (text, expected) => expect(guessDelimiter(text)).toBe(expected));

  it('keeps line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('"а\nб";"он сказал ""да"""\n').rows).toEqual([['а\nб', 'он сказал "да"']]);
  });

  it('detects kinds and encodings', () => {
    expect(detectKind(utf8('a;b'))).toBe('text');
    expect(decodeText(cp1251('Ёлка')).text).toBe('Ёлка');
    expect(decodeText(bom(utf8('Ёлка')))).toEqual({ text: 'Ёлка', encoding: 'utf-8' });
  });
});
