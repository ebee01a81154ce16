// The two plans of a pair, scheduled from the pair's start date: the young teacher's year (seed 000,
// appendix 4, with its questionnaires in September, December and May) and the five meetings of a pair.
import { describe, expect, test } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { holidayYear, type HolidaysData } from '../../schemas/holidays.ts';
import { roadmapTemplate, type RoadmapTemplate } from '../../schemas/roadmap.ts';
import { workCalendar } from './calendar.ts';
import { formatDeadlines } from './deadline-format.ts';
import { pairPlanTemplates } from './link.ts';
import { firstDay, scheduleRule } from './schedule.ts';

const calendar = workCalendar(
  readDataEntries('src/content/holidays', holidayYear).map((e) => e.data as unknown as HolidaysData),
);
const load = (id: string) =>
  readDataEntries(`src/content/roadmaps/${id}.yaml`, roadmapTemplate)[0]!.data as unknown as RoadmapTemplate;
const youngTeacher = load(pairPlanTemplates.youngTeacher);
const meetings = load(pairPlanTemplates.meetings);
const items = (t: RoadmapTemplate) => t.sections.flatMap((s) => s.items);
const cell = (t: RoadmapTemplate, number: string, start: string, end: string) =>
  formatDeadlines(scheduleRule(items(t).find((i) => i.number === number)!.deadline, { start, end, calendar })).replace(
    /\u00a0/g,
    ' ',
  );

test('both templates exist under the ids link.ts names, at level pair, without fixed years', () => {
  for (const t of [youngTeacher, meetings]) {
    expect(t.level).toBe('pair');
    expect(t.period).toBeUndefined();
    for (const item of items(t)) expect(['afterStart', 'monthOfPlan']).toContain(item.deadline.kind);
  }
});

describe('the young teacher’s plan from 1 September 2026 to 31 May 2027', () => {
  const at = (n: string) => cell(youngTeacher, n, '2026-09-01', '2027-05-31');
  test.each([
    ['1.1', 'до 15.09.2026'],
    ['1.2', 'до 01.10.2026'],
    ['2.1', '01.09.2026 – 30.09.2026'],
    ['2.2', '01.10.2026 – 31.10.2026'],
    ['2.4', '01.12.2026 – 31.12.2026'],
    ['2.5', '01.01.2027 – 31.01.2027'],
    ['2.9', '01.05.2027 – 31.05.2027'],
    ['3.1', '01.12.2026 – 31.12.2026'],
    ['3.6', '01.05.2027 – 31.05.2027'],
  ])('%s: %s', (n, expected) => expect(at(n)).toBe(expected));

  test('nine monthly rows, September to May, with the content of the form (appendix 4)', () => {
    const monthly = youngTeacher.sections[1]!.items;
    expect(monthly).toHaveLength(9);
    const months = monthly.map((i) =>
      firstDay(scheduleRule(i.deadline, { start: '2026-09-01', end: '2027-05-31', calendar })[0]!).slice(5, 7),
    );
    expect(months).toEqual(['09', '10', '11', '12', '01', '02', '03', '04', '05']);
  });

  test('the questionnaires: deficits in September, satisfaction in December and May', () => {
    const monthOf = (text: string) =>
      items(youngTeacher)
        .filter((i) => i.activity.includes(text))
        .map((i) =>
          firstDay(scheduleRule(i.deadline, { start: '2026-09-01', end: '2027-05-31', calendar })[0]!).slice(5, 7),
        );
    expect(monthOf('профессиональных дефицитов')).toEqual(['09']);
    expect(monthOf('удовлетворённости')).toEqual(['12', '05']);
    expect(monthOf('Экспертная карта')).toEqual(['12', '05']);
    expect(monthOf('Самоанализ')).toEqual(['05']);
  });

  test('responsible roles are the pair and the curator', () => {
    const roles = new Set(items(youngTeacher).flatMap((i) => (Array.isArray(i.responsible) ? i.responsible : [])));
    expect([...roles].sort()).toEqual(['Куратор', 'Молодой педагог', 'Наставник']);
  });
});

describe('the five meetings', () => {
  test.each([
    ['1.1', '2026-09-01', 'до 08.09.2026'],
    ['1.2', '2026-09-01', 'до 15.09.2026'],
    ['1.3', '2026-09-01', 'до 01.10.2026'],
    ['1.4', '2026-09-01', '01.10.2026 – 30.04.2027'],
    ['1.5', '2026-09-01', '01.05.2027 – 31.05.2027'],
    // A pair formed in mid-October: everything moves with it; 22.10.2026 is a Thursday.
    ['1.1', '2026-10-15', 'до 22.10.2026'],
    ['1.3', '2026-10-15', 'до 13.11.2026'],
    ['1.5', '2026-10-15', '15.06.2027 – 14.07.2027'],
  ])('%s from %s: %s', (n, start, expected) => expect(cell(meetings, n, start, '2027-08-31')).toBe(expected));

  test('in the order of docs/domain.md', () => {
    expect(items(meetings).map((i) => i.activity.split(':')[0])).toEqual([
      'Встреча-знакомство',
      'Пробная рабочая встреча',
      'Встреча-планирование',
      'Комплекс последовательных встреч по плану пары; после каждой встречи наставляемый заполняет форму обратной связи',
      'Итоговая встреча',
    ]);
  });
});
