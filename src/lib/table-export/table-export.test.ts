import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it, test } from 'vitest';
import { safeNumber, safeText, type Cell } from './cell.ts';
import { toCsv } from './csv.ts';
import { toXlsx } from './xlsx.ts';

const formulaStart = /^[=+\-@\t\r]/;
const forbiddenInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const sheetXml = (rows: Cell[][]) => strFromU8(unzipSync(toXlsx(rows, 'Лист'))['xl/worksheets/sheet1.xml']!);
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** The cells of our own sheet XML: a reference, whether it is a number, and its value as written. */
const xmlCells = (xml: string) =>
  [
    ...xml.matchAll(
      /<c r="([A-Z]+\d+)"( t="inlineStr")?[^>]*>(?:<v>([^<]*)<\/v>|<is><t xml:space="preserve">([^<]*)<\/t><\/is>)<\/c>/g,
    ),
  ].map((m) => ({
    ref: m[1]!,
    number: m[2] === undefined,
    value: m[2] === undefined ? m[3]! : unescapeXml(m[4]!),
  }));
const readCsv = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter: ';', newline: '\r\n' }).data.slice(0, -1);

describe('safeText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+7 900 000-00-00', `'+7 900 000-00-00`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['строка\u000bиз Word', 'строкаиз Word'],
    ['\u000b=1', `'=1`],
    ['\u0000\u0008\u000c\u001f\ufffe\uffff', ''],
    ['строка\nвторая\tс табуляцией', 'строка\nвторая\tс табуляцией'],
    ['Иванова А. П. — наставник', 'Иванова А. П. — наставник'],
    ['— 5', '— 5'],
    ['5-й класс', '5-й класс'],
    ['', ''],
  ])('%j → %j', (text, written) => expect(safeText(text)).toBe(written));

  it.each([
    [-3, -3],
    [4.5, 4.5],
    [0, 0],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('safeNumber(%d) = %j', (value, written) => expect(safeNumber(value)).toBe(written));
});

describe('the writers', () => {
  const rows: Cell[][] = [
    ['Имя', 'Баллы'],
    ['=HYPERLINK("http://x","y")', -2],
    ['строка\u000bиз Word', 4.5],
    ['-', null],
    ['Ничего', Number.NaN],
  ];

  test('CSV: formulas neutralised, numbers bare with a decimal comma', () => {
    expect(readCsv(toCsv(rows))).toEqual([
      ['Имя', 'Баллы'],
      [`'=HYPERLINK("http://x","y")`, '-2'],
      ['строкаиз Word', '4,5'],
      [`'-`, ''],
      ['Ничего', ''],
    ]);
  });

  test('XLSX: formulas neutralised, numbers as numbers, no control characters', () => {
    const xml = sheetXml(rows);
    expect(xml).not.toMatch(forbiddenInXml);
    expect(xmlCells(xml)).toEqual([
      { ref: 'A1', number: false, value: 'Имя' },
      { ref: 'B1', number: false, value: 'Баллы' },
      { ref: 'A2', number: false, value: `'=HYPERLINK("http://x","y")` },
      { ref: 'B2', number: true, value: '-2' },
      { ref: 'A3', number: false, value: 'строкаиз Word' },
      { ref: 'B3', number: true, value: '4.5' },
      { ref: 'A4', number: false, value: `'-` },
      { ref: 'A5', number: false, value: 'Ничего' },
    ]);
  });
});

describe('properties', () => {
  /** Any text, control characters and formula triggers well represented. */
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({
      maxLength: 12,
      unit: fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\u000b',
        '\u0000',
        '\ufffe',
        '"',
        ';',
        'я',
        'a',
        '1',
        ' ',
        '&',
        '<',
      ),
    }),
  );
  const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
  const cell: fc.Arbitrary<Cell> = fc.oneof(text, number, fc.constant(null));
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
  const same = (a: number, b: number) => (a === 0 && b === 0) || a === b;

  test('CSV: a number comes back as the same number, and no text field starts with a formula trigger', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const read = readCsv(toCsv(rows));
        rows.forEach((row, r) => {
          row.forEach((value, c) => {
            const field = read[r]![c]!;
            if (typeof value === 'number') expect(same(Number(field.replace(',', '.')), value)).toBe(true);
            else expect(field).not.toMatch(formulaStart);
          });
        });
      }),
    );
  });

  test('XLSX: a number is a number cell of the same value; text never starts with a trigger; no control characters', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const xml = sheetXml(rows);
        expect(xml).not.toMatch(forbiddenInXml);
        const byRef = new Map(xmlCells(xml).map((c) => [c.ref, c]));
        rows.forEach((row, r) => {
          row.forEach((value, c) => {
            const written = byRef.get(`${String.fromCharCode(65 + c)}${r + 1}`);
            if (typeof value === 'number') expect(written?.number && same(Number(written.value), value)).toBe(true);
            else if (written) expect(written.number || formulaStart.test(written.value)).toBe(false);
          });
        });
      }),
    );
  });
});
