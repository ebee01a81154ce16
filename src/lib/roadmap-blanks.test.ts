// No roadmap blank a user downloads shows a past deadline: its written years are moved to the first school year
// not begun on the day the site is built, rows dated before the plan go to its first day (roadmap-table.ts,
// blankFirstYear and blankRule), and section titles carry no fixed years at all. The build's day is passed in.
import { Packer } from 'docx';
import { describe, expect, test } from 'vitest';
import { readDataEntries } from './data-loader.ts';
import { docxText } from './docx/read.ts';
import { libraryDownloads } from './docx/library.ts';
import { schoolYearOf } from './dates.ts';
import { roadmapTemplate } from '../schemas/roadmap.ts';
import type { DeadlineRule } from '../schemas/deadline-rule.ts';
import { indicator } from '../schemas/indicator.ts';
import {
  blankDatesNote,
  blankFirstYear,
  blankRule,
  blankShift,
  blankStart,
  roadmapTable,
  ruleFirstDay,
} from './roadmap-table.ts';
import { shiftRuleYears } from './deadline-text.ts';

const read = (folder: string) =>
  readDataEntries(folder, roadmapTemplate).map((e) => ({ id: e.id, data: roadmapTemplate.parse(e.data) }));
const roadmaps = read('src/content/roadmaps');
/** The planned-results table's example targets are dated too. */
const indicators = readDataEntries('src/content/indicators', indicator).map((e) => indicator.parse(e.data));
/** The three real shapes of issue #16; «Система наставничества педагогов» has launch rows of February 2022. */
const fixtures = read('tests/fixtures/roadmaps');

/** A school year of builds, its first day to its last: each dates its blanks for the plan starting 1.09.2027. */
const buildDays = [
  ['2026-09-01', 2027],
  ['2026-12-31', 2027],
  ['2027-03-01', 2027],
  ['2027-05-31', 2027],
  ['2027-08-31', 2027],
  ['2027-09-01', 2028],
] as const;

describe.each(buildDays)('built on %s', (today, firstYear) => {
  test(`a blank is dated for ${firstYear}/${firstYear + 1}, whose first day is after the build`, () => {
    expect(blankFirstYear(today)).toBe(firstYear);
    expect(blankStart(firstYear) > today).toBe(true);
  });
  test.each([...roadmaps, ...fixtures].map((r) => [r.id, r.data] as const))(
    '%s: no row names a day before the plan starts',
    (_id, template) => {
      const shift = blankShift(template, firstYear);
      for (const item of template.sections.flatMap((section) => section.items)) {
        const first = ruleFirstDay(blankRule(item.deadline, shift, firstYear));
        if (first !== null) expect(first >= blankStart(firstYear), `${item.activity}: ${first}`).toBe(true);
      }
    },
  );
});

test('without moving launch rows, a blank built in spring would show a passed month (the check above can fail)', () => {
  const template = fixtures.find((r) => r.id === 'sistema-pedagogov')!.data;
  const today = '2027-05-31';
  const shift = blankShift(template, blankFirstYear(today));
  const firsts = template.sections
    .flatMap((s) => s.items)
    .map((item) => ruleFirstDay(shiftRuleYears(item.deadline, shift)));
  expect(firsts.filter((day) => day !== null && day < today)).toEqual(['2027-02-01', '2027-03-15']);
  const deadlines = roadmapTable(template, blankFirstYear(today)).sections.flatMap((s) =>
    s.rows.map((row) => row.join(' ')),
  );
  expect(deadlines.join('\n')).not.toMatch(/февраль 2027|15\.03\.2027/);
  expect(deadlines.join('\n')).toMatch(/сентябрь 2027 г\./);
  // The blank says why its first rows are in September; a template without such rows does not.
  expect(blankDatesNote(template, 2027)).toContain('раньше начала плана, перенесены на его начало');
  const school = roadmaps.find((r) => r.id === 'shkolnaya-dorozhnaya-karta')!.data;
  expect(blankDatesNote(school, 2027)).not.toContain('перенесены');
});

describe('blankRule: a plan from 1 September 2027 (template of 2022, shift 5)', () => {
  const cases: [string, DeadlineRule, DeadlineRule][] = [
    [
      'a day inside the plan stays',
      { kind: 'date', date: '2022-10-12', by: true },
      { kind: 'date', date: '2027-10-12', by: true },
    ],
    [
      'a launch day goes to its first day',
      { kind: 'date', date: '2022-03-15', by: true },
      { kind: 'date', date: '2027-09-01', by: true },
    ],
    [
      'a launch month goes to September',
      { kind: 'span', from: { month: 2, year: 2022 }, to: { month: 2, year: 2022 } },
      { kind: 'span', from: { month: 9, year: 2027 }, to: { month: 9, year: 2027 } },
    ],
    [
      'a launch span keeps its months',
      { kind: 'span', from: { month: 4, year: 2022 }, to: { month: 5, year: 2022 } },
      { kind: 'span', from: { month: 9, year: 2027 }, to: { month: 10, year: 2027 } },
    ],
    [
      'a span across the start is cut at it',
      { kind: 'span', from: { month: 6 }, to: { month: 10, year: 2022 } },
      { kind: 'span', from: { month: 9, year: 2027 }, to: { month: 10, year: 2027 } },
    ],
    [
      'a span without years is each year of the plan',
      { kind: 'span', from: { month: 2 }, to: { month: 3 } },
      { kind: 'span', from: { month: 2 }, to: { month: 3 } },
    ],
    [
      'the first calendar year: its plan part',
      { kind: 'years', from: 2022, to: 2022 },
      { kind: 'span', from: { month: 9, year: 2027 }, to: { month: 12, year: 2027 } },
    ],
    ['a later calendar year stays', { kind: 'years', from: 2023, to: 2024 }, { kind: 'years', from: 2028, to: 2029 }],
    [
      'yearly from the year before: the plan years',
      { kind: 'yearly', months: [], years: { from: 2021, to: 2025 } },
      { kind: 'yearly', months: [], years: { from: 2027, to: 2030 } },
    ],
    [
      'yearly in April: from the first April of the plan',
      { kind: 'yearly', months: [4], years: { from: 2022, to: 2025 } },
      { kind: 'yearly', months: [4], years: { from: 2028, to: 2030 } },
    ],
    [
      'yearly in December: from the plan year',
      { kind: 'yearly', months: [12], years: { from: 2022, to: 2025 } },
      { kind: 'yearly', months: [12], years: { from: 2027, to: 2030 } },
    ],
    ['a month of each year stays', { kind: 'months', months: [12, 5] }, { kind: 'months', months: [12, 5] }],
  ];
  test.each(cases)('%s', (_what, rule, expected) => expect(blankRule(rule, 5, 2027)).toEqual(expected));
});

/** Every year a blank prints, except in references to acts («распоряжением … от 25.12.2019 № Р-145»). */
const yearsIn = (content: string): number[] =>
  [...content.replace(/от \d\d\.\d\d\.\d{4}\s*№/g, '').matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));

describe.each(['2026-12-03', '2027-03-01', '2027-08-31', '2029-09-01'])('a build on %s', (today) => {
  const downloads = libraryDownloads([...roadmaps, ...fixtures], [], indicators, today).flatMap((d) =>
    d.format === 'docx' ? [d] : [],
  );
  test.each(downloads.map((d) => [d.file, d] as const))(
    "%s has no date before the build's school year",
    async (_file, d) => {
      const content = docxText(new Uint8Array(await Packer.toBuffer(d.build())));
      const years = yearsIn(content);
      // A template with years prints them (moved), so the check below has something to check.
      const template = [...roadmaps, ...fixtures].find((r) => `${r.id}.docx` === _file)?.data;
      if (template?.period) expect(years).toContain(schoolYearOf(today) + 1);
      expect(years.filter((year) => year < blankFirstYear(today))).toEqual([]);
    },
  );
});

test.each(roadmaps.map((r) => [r.id, r.data] as const))('%s: no section title carries a year', (_id, template) => {
  for (const section of template.sections) expect(section.title).not.toMatch(/(?<!\d)20\d\d(?!\d)/);
});
