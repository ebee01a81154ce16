import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { computeKpi } from './district.ts';
import { exportRows } from './export-rows.ts';
import { toCsv } from '../table-export/csv.ts';
import { columnName, toXlsx } from '../table-export/xlsx.ts';
import { parsePaste } from '../import/csv.ts';
import { schoolsFromRows } from './paste.ts';
import { exampleState } from './url-state.ts';
import { indicators } from './test-data.ts';

const example = exampleState('2026-11-20');
const rows = exportRows(computeKpi(example, indicators), indicators, { district: false, monitoring: false });

test('the export has a row for each target of each indicator', () => {
  expect(rows[0]).toEqual([
    '№',
    'Показатель',
    'Значение',
    'Численность',
    '2026 г.',
    '2027 г.',
    '2028 г.',
    '2029 г.',
    '2030 г.',
  ]);
  // Five shares with % and people, one count with units.
  expect(rows).toHaveLength(1 + 5 * 2 + 1);
  expect(rows[1]).toEqual([1, indicators[0]!.title, 'Цель, %', 143, 10, 20, 35, 50, 70]);
  expect(rows[2]).toEqual([1, indicators[0]!.title, 'Цель, чел.', 143, 15, 29, 51, 72, 101]);
});

test('CSV opens in a Russian Excel: BOM, semicolons, decimal commas, quoted text', () => {
  const csv = toCsv([['Школа; № 1', 12.5, null, 'он сказал "да"']]);
  expect(csv).toBe('\ufeff"Школа; № 1";12,5;;"он сказал ""да"""\r\n');
  expect(toCsv(rows).split('\r\n')[2]).toBe(`1;${indicators[0]!.title};Цель, чел.;143;15;29;51;72;101`);
});

describe.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [27, 'AB'],
  [701, 'ZZ'],
  [702, 'AAA'],
])('column %s', (index, name) => {
  test(`is ${name}`, () => expect(columnName(index)).toBe(name));
});

test('the .xlsx holds the rows as cells, numbers as numbers', () => {
  const files = unzipSync(toXlsx(rows, 'Показатели'));
  expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml');
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('<c r="D2"><v>143</v></c>');
  expect(sheet).toContain('Цель, чел.');
  expect(sheet).toContain('<c r="I3"><v>101</v></c>');
});

const parseSchools = (text: string) => schoolsFromRows(parsePaste(text));

describe('pasted schools', () => {
  test('tabs from a spreadsheet, with a header', () => {
    const pasted =
      'Школа\t10–18\t15–18\tМолодые\tПартнёры\tНаставляемые\tНаставники\nСОШ № 1\t143\t52\t4\t5\t40\t20\nСОШ № 2\t1 200\t300\t\t2\t10\t5\n';
    expect(parseSchools(pasted)).toEqual([
      {
        name: 'СОШ № 1',
        counts: {
          students10to18: '143',
          students15to18: '52',
          youngTeachers: '4',
          partnerOrganisations: '5',
          surveyedMentees: '40',
          surveyedMentors: '20',
        },
      },
      {
        name: 'СОШ № 2',
        counts: {
          students10to18: '1200',
          students15to18: '300',
          youngTeachers: '',
          partnerOrganisations: '2',
          surveyedMentees: '10',
          surveyedMentors: '5',
        },
      },
    ]);
  });
  test('semicolons from a CSV, short rows', () => {
    expect(parseSchools('"Лицей";10;5')).toEqual([
      {
        name: 'Лицей',
        counts: {
          students10to18: '10',
          students15to18: '5',
          youngTeachers: '',
          partnerOrganisations: '',
          surveyedMentees: '',
          surveyedMentors: '',
        },
      },
    ]);
  });
  test('nothing usable gives no schools', () => expect(parseSchools('\n\nпросто текст\n')).toEqual([]));
  // The hand-made splitter cut this into two lines, neither of them a school.
  test('a name Excel copied in quotes with a line break stays one school', () => {
    expect(parseSchools('"МБОУ «СОШ № 3»\nкорпус 2"\t143\t52\n').map((s) => [s.name, s.counts.students10to18])).toEqual(
      [['МБОУ «СОШ № 3»\nкорпус 2', '143']],
    );
  });
});
