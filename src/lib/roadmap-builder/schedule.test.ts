// Scheduling of deadline rules: every deadline of seeds 000, 001, 003 and 004 (as the templates encode them)
// for the 2026/2027 school year and for four school years, written out by hand; each rule of the comment at
// the top of schedule.ts on its own; invariants over every template item and over random rules.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { holidayYear, type HolidaysData } from '../../schemas/holidays.ts';
import { roadmapTemplate, type RoadmapTemplate } from '../../schemas/roadmap.ts';
import { deadlineRule, type DeadlineRule } from '../../schemas/deadline-rule.ts';
import { workCalendar } from './calendar.ts';
import { formatDeadlines } from './deadline-format.ts';
import {
  firstDay,
  lastDay,
  periodError,
  scheduleRule,
  schoolYearsOf,
  shiftIso,
  type Deadline,
  type ScheduleContext,
} from './schedule.ts';

const calendar = workCalendar(
  readDataEntries('src/content/holidays', holidayYear).map((e) => e.data as unknown as HolidaysData),
);
const templates = new Map(
  readDataEntries('src/content/roadmaps', roadmapTemplate).map((e) => [e.id, e.data as unknown as RoadmapTemplate]),
);
const template = (id: string) => templates.get(id)!;
const item = (id: string, number: string) =>
  template(id)
    .sections.flatMap((s) => s.items)
    .find((i) => i.number === number)!;

const year2026: Pick<ScheduleContext, 'start' | 'end'> = { start: '2026-09-01', end: '2027-08-31' };
const fourYears: Pick<ScheduleContext, 'start' | 'end'> = { start: '2026-09-01', end: '2030-08-31' };

/** The deadlines of a template's item, as the «Срок» cell reads (plain spaces), «→ moved» after a moved day. */
function cell(id: string, number: string, period = year2026): string {
  const list = scheduleRule(item(id, number).deadline, { ...period, templatePeriod: template(id).period, calendar });
  const moved = list.flatMap((d) => (d.kind === 'day' && d.movedFrom ? [` (с ${d.movedFrom})`] : []));
  return formatDeadlines(list).replace(/\u00a0/g, ' ') + moved.join('');
}

// Seed 000 (municipal roadmap 2020–2023) → municipalnaya-dorozhnaya-karta, built for 2026/2027.
describe.each([
  ['1.1', 'до 10.09.2026'],
  ['1.6', 'до 12.10.2026'],
  ['1.7', 'до 10.11.2026'],
  ['1.9', 'до 15.10.2026'],
  ['1.10', 'до 15.01.2027'],
  ['1.11', '01.09.2026 – 31.08.2027'],
  ['1.12', 'до 18.12.2026 (с 2026-12-20)'],
  ['2.1', '01.09.2026 – 30.09.2026'],
  ['2.2', '01.10.2026 – 31.10.2026'],
  ['2.3', 'до 01.12.2026'],
  ['2.6', 'до 15.12.2026'],
  ['2.7', 'по отдельному графику'],
  ['2.8', '01.10.2026 – 31.12.2026'],
  ['3.1', '01.11.2026 – 31.12.2026'],
  ['3.2', '01.09.2026 – 30.09.2026'],
  ['3.5', '01.09.2026 – 30.09.2026'],
  ['3.6', 'в соответствии со сроками реализации программ наставничества'],
  ['4.2', 'до 30.10.2026 (с 2026-11-01)'],
  ['5.2', 'в соответствии со сроками, устанавливаемыми Минпросвещения России'],
  ['5.5', '01.12.2026 – 31.12.2026'],
])('seed 000, item %s, 2026/2027', (number, expected) => {
  test(expected, () => expect(cell('municipalnaya-dorozhnaya-karta', number)).toBe(expected));
});

// Seed 001 (two-level municipal roadmap 2021–2024) → municipalnaya-dvuhurovnevaya.
describe.each([
  ['1.1', '01.09.2026 – 31.10.2026', '01.09.2026 – 31.10.2026'],
  ['1.2', '01.10.2026 – 31.10.2026', '01.10.2026 – 31.10.2026'],
  ['1.4', '01.04.2027 – 30.04.2027', '01.04.2027 – 30.04.2027; 01.04.2028 – 30.04.2028; 01.04.2029 – 30.04.2029'],
  ['1.5', '01.06.2027 – 30.06.2027', '01.06.2027 – 30.06.2027'],
  ['1.6', '01.01.2027 – 31.08.2027', '01.01.2027 – 31.12.2027'],
  ['1.7', '', '01.09.2027 – 30.09.2027'],
  // «Ежегодно» without a month: once in each school year the years overlap, not split at 31 December.
  [
    '2.1',
    '01.09.2026 – 31.08.2027',
    '01.09.2026 – 31.08.2027; 01.09.2027 – 31.08.2028; 01.09.2028 – 31.08.2029; 01.09.2029 – 31.08.2030',
  ],
  ['3.1', '', '01.01.2028 – 31.12.2029'],
  [
    '4.1',
    '01.09.2026 – 31.08.2027',
    '01.09.2026 – 31.08.2027; 01.09.2027 – 31.08.2028; 01.09.2028 – 31.08.2029; 01.09.2029 – 31.08.2030',
  ],
  ['5.2', '01.09.2026 – 31.08.2027', '01.09.2026 – 31.08.2027; 01.09.2027 – 31.08.2028; 01.09.2028 – 31.08.2029'],
  [
    '5.3',
    '01.09.2026 – 31.08.2027',
    '01.09.2026 – 31.08.2027; 01.09.2027 – 31.08.2028; 01.09.2028 – 31.08.2029; 01.09.2029 – 31.08.2030',
  ],
])('seed 001, item %s', (number, oneYear, four) => {
  test(`2026/2027: «${oneYear}»`, () => expect(cell('municipalnaya-dvuhurovnevaya', number)).toBe(oneYear));
  test(`2026–2030: «${four}»`, () => expect(cell('municipalnaya-dvuhurovnevaya', number, fourYears)).toBe(four));
});

// Seed 003 (school roadmap 2020–2024, deadlines without a year) → shkolnaya-dorozhnaya-karta.
describe.each([
  ['1.1', 'до 01.10.2026', 'до 01.10.2026'],
  ['1.4', 'до 15.10.2026', 'до 15.10.2026'],
  ['1.5', 'до 30.10.2026 (с 2026-11-01)', 'до 30.10.2026 (с 2026-11-01)'],
  ['2.3', '01.09.2026 – 31.08.2027', '01.09.2026 – 31.08.2030'],
  [
    '2.4',
    '01.10.2026 – 30.11.2026',
    '01.10.2026 – 30.11.2026; 01.10.2027 – 30.11.2027; 01.10.2028 – 30.11.2028; 01.10.2029 – 30.11.2029',
  ],
  [
    '3.3',
    'в соответствии со сроками реализации программ наставничества',
    'в соответствии со сроками реализации программ наставничества',
  ],
  [
    '4.1',
    '01.09.2026 – 31.08.2027',
    '01.09.2026 – 31.08.2027; 01.09.2027 – 31.08.2028; 01.09.2028 – 31.08.2029; 01.09.2029 – 31.08.2030',
  ],
  [
    '4.4',
    '01.11.2026 – 31.12.2026',
    '01.11.2026 – 31.12.2026; 01.11.2027 – 31.12.2027; 01.11.2028 – 31.12.2028; 01.11.2029 – 31.12.2029',
  ],
  [
    '5.2',
    'в соответствии со сроками, устанавливаемыми Минпросвещения России',
    'в соответствии со сроками, устанавливаемыми Минпросвещения России',
  ],
  [
    '5.3',
    '01.12.2026 – 31.12.2026; 01.05.2027 – 31.05.2027',
    '01.12.2026 – 31.12.2026; 01.05.2027 – 31.05.2027; 01.12.2027 – 31.12.2027; 01.05.2028 – 31.05.2028; 01.12.2028 – 31.12.2028; 01.05.2029 – 31.05.2029; 01.12.2029 – 31.12.2029; 01.05.2030 – 31.05.2030',
  ],
  [
    '5.4',
    '01.01.2027 – 31.01.2027; 01.06.2027 – 30.06.2027',
    '01.01.2027 – 31.01.2027; 01.06.2027 – 30.06.2027; 01.01.2028 – 31.01.2028; 01.06.2028 – 30.06.2028; 01.01.2029 – 31.01.2029; 01.06.2029 – 30.06.2029; 01.01.2030 – 31.01.2030; 01.06.2030 – 30.06.2030',
  ],
  [
    '5.5',
    '01.06.2027 – 30.06.2027',
    '01.06.2027 – 30.06.2027; 01.06.2028 – 30.06.2028; 01.06.2029 – 30.06.2029; 01.06.2030 – 30.06.2030',
  ],
])('seed 003, item %s', (number, oneYear, four) => {
  test(`2026/2027: «${oneYear}»`, () => expect(cell('shkolnaya-dorozhnaya-karta', number)).toBe(oneYear));
  test(`2026–2030: «${four}»`, () => expect(cell('shkolnaya-dorozhnaya-karta', number, fourYears)).toBe(four));
});

// Seed 004 (school of mentoring 2022–2024, five tracks) → plan-shkoly-nastavnichestva.
describe.each([
  [
    '1.1',
    '01.02.2027 – 31.03.2027',
    '01.02.2027 – 31.03.2027; 01.02.2028 – 31.03.2028; 01.02.2029 – 31.03.2029; 01.02.2030 – 31.03.2030',
  ],
  ['2.1', '01.04.2027 – 31.05.2027', '01.04.2027 – 31.05.2027'],
  ['3.1', '', '01.09.2027 – 30.11.2027'],
  ['4.1', '', '01.12.2027 – 29.02.2028'],
  ['5.1', '', '01.03.2028 – 31.05.2028'],
])('seed 004, item %s', (number, oneYear, four) => {
  test(`2026/2027: «${oneYear}»`, () => expect(cell('plan-shkoly-nastavnichestva', number)).toBe(oneYear));
  test(`2026–2030: «${four}»`, () => expect(cell('plan-shkoly-nastavnichestva', number, fourYears)).toBe(four));
});

/** Invariants of any schedule: inside the period, sorted, spans in order, days on working days, text only from text rules. */
function checkInvariants(rule: DeadlineRule, list: Deadline[], ctx: ScheduleContext) {
  const textRule = ['separateSchedule', 'programmeDates', 'asEstablished'].includes(rule.kind);
  for (const d of list) expect(d.kind === 'text').toBe(textRule);
  if (textRule) expect(list).toHaveLength(1);
  for (const d of list) {
    if (d.kind === 'text') continue;
    expect(firstDay(d) >= ctx.start, `${firstDay(d)} before ${ctx.start}`).toBe(true);
    expect(lastDay(d)! <= ctx.end, `${lastDay(d)} after ${ctx.end}`).toBe(true);
    if (d.kind === 'span') expect(d.from <= d.to).toBe(true);
    if (d.kind === 'day' && d.movedFrom) {
      expect(ctx.calendar.isWorkingDay(d.movedFrom)).toBe(false);
      expect(ctx.calendar.isWorkingDay(d.date)).toBe(true);
    }
    // A day that stayed on a day off had nowhere to go inside the period, or is the order's plans-due date.
    if (d.kind === 'day' && !ctx.calendar.isWorkingDay(d.date) && d.date !== ctx.plansDue) {
      expect(ctx.calendar.previousWorkingDay(d.date) < ctx.start && ctx.calendar.nextWorkingDay(d.date) > ctx.end).toBe(
        true,
      );
    }
  }
  const firsts = list.map(firstDay);
  expect([...firsts].sort()).toEqual(firsts);
  expect(new Set(list.map((d) => JSON.stringify(d))).size).toBe(list.length);
}

const periods = [
  { start: '2026-09-01', end: '2027-08-31' },
  { start: '2026-09-01', end: '2027-05-31' },
  { start: '2026-11-15', end: '2027-06-30' },
  { start: '2026-09-01', end: '2030-08-31' },
  { start: '2027-01-10', end: '2027-01-10' },
];
const allItems = [...templates].flatMap(([id, t]) =>
  t.sections.flatMap((s) => s.items.map((i) => [id, i.number, i.deadline, t.period] as const)),
);

describe.each(periods)('every template item, $start … $end', (period) => {
  test.each(allItems)('%s %s', (_id, _n, rule, templatePeriod) => {
    const ctx = { ...period, templatePeriod, calendar };
    checkInvariants(rule, scheduleRule(rule, ctx), ctx);
  });
});

describe('each rule of schedule.ts on its own', () => {
  const ctx = (over: Partial<ScheduleContext> = {}): ScheduleContext => ({ ...year2026, calendar, ...over });
  const run = (rule: unknown, over: Partial<ScheduleContext> = {}) => scheduleRule(deadlineRule.parse(rule), ctx(over));

  test('1. occurrences after the period are dropped, spans clipped', () => {
    expect(run({ kind: 'date', date: '2027-09-01' })).toEqual([]);
    expect(run({ kind: 'span', from: { month: 8, year: 2026 }, to: { month: 9, year: 2026 } })).toEqual([
      { kind: 'span', from: '2026-09-01', to: '2026-09-30' },
    ]);
  });
  test('2. written years move with the period; 29 February becomes 28 February in a common year', () => {
    expect(run({ kind: 'date', date: '2020-10-01' }, { templatePeriod: { from: 2020, to: 2024 } })).toEqual([
      { kind: 'day', date: '2026-10-01', by: true },
    ]);
    expect(shiftIso('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftIso('2024-02-29', 3)).toBe('2027-02-28');
    // 28.02.2027 is a Sunday: moved to Friday.
    expect(run({ kind: 'date', date: '2024-02-29' }, { templatePeriod: { from: 2023, to: 2024 } })).toEqual([
      { kind: 'day', date: '2027-02-26', by: true, movedFrom: '2027-02-28' },
    ]);
    expect(run({ kind: 'date', date: '2026-10-01', by: false })).toEqual([
      { kind: 'day', date: '2026-10-01', by: false },
    ]);
  });
  test.each<[string, DeadlineRule, Deadline[]]>([
    [
      'a day',
      { kind: 'date', date: '2022-02-15', by: true },
      [{ kind: 'day', date: '2026-09-01', by: true, beforePlan: '2026-02-15' }],
    ],
    [
      'a span of two months keeps its length',
      { kind: 'span', from: { month: 2, year: 2022 }, to: { month: 3, year: 2022 } },
      [{ kind: 'span', from: '2026-09-01', to: '2026-10-31', beforePlan: '2026-02-01' }],
    ],
    [
      'a whole year is clipped to the plan',
      { kind: 'years', from: 2021, to: 2021 },
      [{ kind: 'span', from: '2026-09-01', to: '2027-08-31', beforePlan: '2025-01-01' }],
    ],
  ])('5a. a launch step dated before the plan goes to its start, saying so: %s', (_what, rule, expected) => {
    // The teachers' system roadmap of 2022: «февраль 2022», «март 2022» before a plan that starts in September.
    expect(run(rule, { templatePeriod: { from: 2022, to: 2024 } })).toEqual(expected);
  });
  test('3. dayOfSchoolYear: the first occurrence in the period only', () => {
    expect(run({ kind: 'dayOfSchoolYear', day: 1, month: 10 }, fourYears)).toEqual([
      { kind: 'day', date: '2026-10-01', by: true },
    ]);
    expect(run({ kind: 'dayOfSchoolYear', day: 1, month: 10 }, { start: '2026-11-15', end: '2028-08-31' })).toEqual([
      { kind: 'day', date: '2027-10-01', by: true },
    ]);
    expect(run({ kind: 'dayOfSchoolYear', day: 1, month: 10 }, { start: '2026-11-15', end: '2027-08-31' })).toEqual([]);
    expect(run({ kind: 'dayOfSchoolYear', day: 25, month: 5 })).toEqual([
      { kind: 'day', date: '2027-05-25', by: true },
    ]);
    expect(run({ kind: 'dayOfSchoolYear', day: 31, month: 2 })).toEqual([
      { kind: 'day', date: '2027-02-26', by: true, movedFrom: '2027-02-28' },
    ]);
  });
  test('4. months and spans without a year, in each school year; «август – сентябрь» in one calendar year', () => {
    expect(run({ kind: 'months', months: [5, 12] })).toEqual([
      { kind: 'span', from: '2026-12-01', to: '2026-12-31' },
      { kind: 'span', from: '2027-05-01', to: '2027-05-31' },
    ]);
    expect(run({ kind: 'span', from: { month: 12 }, to: { month: 2 } })).toEqual([
      { kind: 'span', from: '2026-12-01', to: '2027-02-28' },
    ]);
    expect(
      run({ kind: 'span', from: { month: 8 }, to: { month: 9 } }, { start: '2026-08-01', end: '2027-08-31' }),
    ).toEqual([
      // August 2027 opens the school year 2027/2028, which the period does not reach.
      { kind: 'span', from: '2026-08-01', to: '2026-09-30' },
    ]);
    expect(
      run(
        { kind: 'span', from: { month: 11, year: 2020 }, to: { month: 2 } },
        { templatePeriod: { from: 2020, to: 2021 } },
      ),
    ).toEqual([{ kind: 'span', from: '2026-11-01', to: '2027-02-28' }]);
    expect(
      run(
        { kind: 'span', from: { month: 11 }, to: { month: 2, year: 2021 } },
        { templatePeriod: { from: 2020, to: 2021 } },
      ),
    ).toEqual([{ kind: 'span', from: '2026-11-01', to: '2027-02-28' }]);
  });
  test('5. years and yearly', () => {
    expect(run({ kind: 'years', from: 2026, to: 2026 })).toEqual([
      { kind: 'span', from: '2026-09-01', to: '2026-12-31' },
    ]);
    expect(run({ kind: 'yearly', months: [12] }, fourYears).map(firstDay)).toEqual([
      '2026-12-01',
      '2027-12-01',
      '2028-12-01',
      '2029-12-01',
    ]);
    // «Ежегодно» without a month: once a school year, not split at 31 December.
    expect(run({ kind: 'yearly' })).toEqual([{ kind: 'span', from: '2026-09-01', to: '2027-08-31' }]);
    expect(run({ kind: 'yearly' }, fourYears)).toHaveLength(4);
    // «ежегодно до 30 июня»: a day to finish by in each school year (30.06.2029 is a Saturday: moved to Friday).
    expect(run({ kind: 'yearly', months: [6], day: 30 }, fourYears)).toEqual([
      { kind: 'day', date: '2027-06-30', by: true },
      { kind: 'day', date: '2028-06-30', by: true },
      { kind: 'day', date: '2029-06-29', by: true, movedFrom: '2029-06-30' },
      { kind: 'day', date: '2030-06-28', by: true, movedFrom: '2030-06-30' },
    ]);
    expect(run({ kind: 'yearly', months: [4], years: { from: 2028, to: 2029 } }, fourYears).map(firstDay)).toEqual([
      '2028-04-01',
      '2029-04-01',
    ]);
  });
  test('6. school year start, throughout the year, whole period', () => {
    expect(run({ kind: 'schoolYearStart' }, fourYears).map(firstDay)).toEqual([
      '2026-09-01',
      '2027-09-01',
      '2028-09-01',
      '2029-09-01',
    ]);
    expect(run({ kind: 'throughoutYear' }, { start: '2026-10-15', end: '2027-05-31' })).toEqual([
      { kind: 'span', from: '2026-10-15', to: '2027-05-31' },
    ]);
    // A span is not moved even when it starts on a Saturday.
    expect(run({ kind: 'wholePeriod' }, { start: '2026-09-05', end: '2027-05-31' })).toEqual([
      { kind: 'span', from: '2026-09-05', to: '2027-05-31' },
    ]);
  });
  test('7. a pair’s plan: after the start, months of the plan', () => {
    expect(run({ kind: 'afterStart', weeks: 2 })).toEqual([{ kind: 'day', date: '2026-09-15', by: true }]);
    expect(run({ kind: 'afterStart', months: 1 }, { start: '2027-01-31', end: '2027-08-31' })).toEqual([
      { kind: 'day', date: '2027-02-26', by: true, movedFrom: '2027-02-28' },
    ]);
    // 1 September 2027 is after the period: the step goes to its last working day (rule 7a).
    expect(run({ kind: 'afterStart', months: 12 })).toEqual([
      { kind: 'day', date: '2027-08-31', by: true, afterPlan: '2027-09-01' },
    ]);
    expect(run({ kind: 'monthOfPlan', n: 1 }, { start: '2026-10-15', end: '2027-05-31' })).toEqual([
      { kind: 'span', from: '2026-10-15', to: '2026-11-14' },
    ]);
    expect(run({ kind: 'monthOfPlan', n: 2, to: 8 }, { start: '2026-10-15', end: '2027-05-31' })).toEqual([
      { kind: 'span', from: '2026-11-15', to: '2027-05-31' },
    ]);
    expect(run({ kind: 'monthOfPlan', n: 9 }, { start: '2026-09-01', end: '2027-05-20' })).toEqual([
      { kind: 'span', from: '2027-05-01', to: '2027-05-20' },
    ]);
  });
  // The pairs order of the issue: pairs work 19.10.2026 – 31.05.2027, plans due 30.10.2026.
  const order = { start: '2026-10-19', end: '2027-05-31' };
  test.each<[string, unknown, Partial<ScheduleContext>, Deadline[]]>([
    [
      'the 9th month after the end: the last month of the plan',
      { kind: 'monthOfPlan', n: 9 },
      order,
      [{ kind: 'span', from: '2027-05-01', to: '2027-05-31', afterPlan: '2027-06-19' }],
    ],
    [
      'the 8th month overlaps the end: clipped',
      { kind: 'monthOfPlan', n: 8 },
      order,
      [{ kind: 'span', from: '2027-05-19', to: '2027-05-31' }],
    ],
    [
      'months 10–12 after the end: three months ending on it',
      { kind: 'monthOfPlan', n: 10, to: 12 },
      order,
      [{ kind: 'span', from: '2027-03-01', to: '2027-05-31', afterPlan: '2027-07-19' }],
    ],
    [
      'a run longer than the plan starts at its start',
      { kind: 'monthOfPlan', n: 13, to: 20 },
      { start: '2026-10-19', end: '2026-12-31' },
      [{ kind: 'span', from: '2026-10-19', to: '2026-12-31', afterPlan: '2027-10-19' }],
    ],
    [
      'a day after the end: the end, moved off the weekend',
      { kind: 'afterStart', months: 9 },
      { start: '2026-10-19', end: '2027-05-30' },
      [{ kind: 'day', date: '2027-05-28', by: true, movedFrom: '2027-05-30', afterPlan: '2027-07-19' }],
    ],
    [
      'plans due by the order: that very day, not moved',
      { kind: 'afterStart', months: 1, plansDue: 'is' },
      { ...order, plansDue: '2026-10-31' },
      [{ kind: 'day', date: '2026-10-31', by: true }],
    ],
    [
      'plans due, no date from an order: a month after the start',
      { kind: 'afterStart', months: 1, plansDue: 'is' },
      order,
      [{ kind: 'day', date: '2026-11-19', by: true }],
    ],
    [
      'plans due before the pairs start: at the start, saying so',
      { kind: 'afterStart', months: 1, plansDue: 'is' },
      { ...order, plansDue: '2026-10-01' },
      [{ kind: 'day', date: '2026-10-19', by: true, beforePlan: '2026-10-01' }],
    ],
    [
      'plans due after the pairs end: at the end, saying so',
      { kind: 'afterStart', months: 1, plansDue: 'is' },
      { ...order, plansDue: '2027-06-15' },
      [{ kind: 'day', date: '2027-05-31', by: true, afterPlan: '2027-06-15' }],
    ],
    [
      'a step the plan is drawn up from, due after the plan: on the plan’s date',
      { kind: 'afterStart', weeks: 2, plansDue: 'notAfter' },
      { ...order, plansDue: '2026-10-30' },
      [{ kind: 'day', date: '2026-10-30', by: true }],
    ],
    [
      'a step the plan is drawn up from, due before the plan: its own day',
      { kind: 'afterStart', weeks: 1, plansDue: 'notAfter' },
      { ...order, plansDue: '2026-10-30' },
      [{ kind: 'day', date: '2026-10-26', by: true }],
    ],
    [
      'plansDue means nothing to a step without the mark',
      { kind: 'afterStart', weeks: 2 },
      { ...order, plansDue: '2026-10-30' },
      [{ kind: 'day', date: '2026-11-02', by: true }],
    ],
  ])('7a. %s', (_name, rule, over, expected) => {
    expect(run(rule, over)).toEqual(expected);
  });
  test('8. no date: the rule’s text', () => {
    expect(run({ kind: 'separateSchedule' })).toEqual([{ kind: 'text', text: 'по отдельному графику' }]);
  });
  test('9. a day off moves back, or forward at the start of the period, or stays', () => {
    // 7 January 2027: the holidays run from 31 December, so the last working day is 30 December 2026.
    expect(run({ kind: 'date', date: '2027-01-07' })).toEqual([
      { kind: 'day', date: '2026-12-30', by: true, movedFrom: '2027-01-07' },
    ]);
    // A working Saturday stays.
    expect(run({ kind: 'date', date: '2025-11-01' }, { start: '2025-09-01', end: '2026-08-31' })).toEqual([
      { kind: 'day', date: '2025-11-01', by: true },
    ]);
    // Saturday 5 September 2026 is the first day: the working day before it is outside, so Monday.
    expect(run({ kind: 'afterStart' }, { start: '2026-09-05', end: '2026-12-31' })).toEqual([
      { kind: 'day', date: '2026-09-07', by: true, movedFrom: '2026-09-05' },
    ]);
    expect(run({ kind: 'afterStart' }, { start: '2026-09-05', end: '2026-09-06' })).toEqual([
      { kind: 'day', date: '2026-09-05', by: true },
    ]);
  });
});

describe('a pair’s plan never drops a step (rule 7a)', () => {
  const isoDay = fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const plusDays = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
  const pairItems = [...templates.values()]
    .filter((t) => t.level === 'pair')
    .flatMap((t) => t.sections.flatMap((s) => s.items));
  test('both pair templates are here', () => expect(pairItems.length).toBeGreaterThan(10));
  test('any start, any end of the order, any plans-due date: every step has a date inside the period', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.nat(800),
        fc.option(fc.integer({ min: -60, max: 900 }), { nil: undefined }),
        (start, length, dueOffset) => {
          const ctx: ScheduleContext = {
            start,
            end: plusDays(start, length),
            calendar,
            plansDue: dueOffset === undefined ? undefined : plusDays(start, dueOffset),
          };
          for (const item of pairItems) {
            const list = scheduleRule(item.deadline, ctx);
            expect(list.length, `«${item.activity}» пропал при ${start} … ${ctx.end}`).toBeGreaterThan(0);
            checkInvariants(item.deadline, list, ctx);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the period', () => {
  test.each([
    ['2026-09-01', '2027-08-31', [2026]],
    ['2026-01-10', '2027-09-01', [2025, 2026, 2027]],
    ['2026-09-01', '2026-09-01', [2026]],
  ])('schoolYearsOf(%s, %s)', (start, end, expected) => {
    expect(schoolYearsOf(start, end)).toEqual(expected);
  });
  test.each([
    ['2027-08-31', '2026-09-01', 'заканчивается раньше'],
    ['2026-02-30', '2027-08-31', 'не похожа на дату'],
    ['01.09.2026', '2027-08-31', 'не похожа на дату'],
    ['2026-09-01', '', 'не похожа на дату'],
    ['2026-09-01', '2040-08-31', 'длиннее десяти лет'],
  ])('%s … %s is refused', (start, end, message) => {
    expect(periodError(start, end)).toContain(message);
    expect(() => scheduleRule({ kind: 'wholePeriod' }, { start, end, calendar })).toThrow(message);
  });
  test('a good period has no error', () => expect(periodError('2026-09-01', '2027-08-31')).toBeNull());
});

describe('random rules and periods keep the invariants', () => {
  const isoDay = fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const monthArb = fc.integer({ min: 1, max: 12 });
  const yearArb = fc.integer({ min: 2018, max: 2032 });
  const rule = fc.oneof(
    fc.record({ kind: fc.constant('date'), date: isoDay, by: fc.boolean() }),
    fc.record({
      kind: fc.constant('dayOfSchoolYear'),
      day: fc.integer({ min: 1, max: 31 }),
      month: monthArb,
      by: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('months'), months: fc.array(monthArb, { minLength: 1, maxLength: 4 }) }),
    fc.record({
      kind: fc.constant('span'),
      from: fc.record({ month: monthArb, year: fc.option(yearArb, { nil: undefined }) }),
      to: fc.record({ month: monthArb, year: fc.option(yearArb, { nil: undefined }) }),
    }),
    fc.record({ kind: fc.constant('yearly'), months: fc.array(monthArb, { maxLength: 3 }) }),
    fc.record({
      kind: fc.constant('afterStart'),
      months: fc.nat(14),
      weeks: fc.nat(10),
      days: fc.nat(40),
      by: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('monthOfPlan'), n: fc.integer({ min: 1, max: 14 }) }),
    fc.constantFrom(
      { kind: 'schoolYearStart' },
      { kind: 'throughoutYear' },
      { kind: 'wholePeriod' },
      { kind: 'separateSchedule' },
    ),
  );
  test('inside the period, sorted, moved only onto working days', () => {
    fc.assert(
      fc.property(rule, isoDay, fc.nat(1500), fc.option(yearArb, { nil: undefined }), (raw, start, length, from) => {
        const parsed = deadlineRule.safeParse(raw);
        fc.pre(parsed.success);
        const end = new Date(Date.parse(`${start}T00:00:00Z`) + length * 86400000).toISOString().slice(0, 10);
        const ctx: ScheduleContext = {
          start,
          end,
          calendar,
          templatePeriod: from ? { from, to: from + 3 } : undefined,
        };
        checkInvariants(parsed.data!, scheduleRule(parsed.data!, ctx), ctx);
      }),
      { numRuns: 2000 },
    );
  });
});
