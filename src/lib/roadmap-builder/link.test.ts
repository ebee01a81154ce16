import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { decodeShare, encodeShare } from './persist.ts';
import { holidayYear, type HolidaysData } from '../../schemas/holidays.ts';
import { workCalendar } from './calendar.ts';
import { newPlanHash, parseNewPlanHash, shareableRoadmap } from './link.ts';
import { pairPlan } from './pair-plan.ts';
import { newRoadmap } from './state.ts';
import { deadlinesText, scheduleState } from './table.ts';

describe('new-plan link', () => {
  it.each([
    [{ template: 'vstrechi-nastavnicheskoj-pary', start: '2026-09-01' }],
    [
      {
        template: 'individualnyj-plan-molodogo-pedagoga',
        start: '2026-10-15',
        organisation: 'МБОУ «СОШ № 3»',
        mentor: 'Иванова А. П.',
        mentee: 'Код 17 & co',
      },
    ],
  ])('round-trips %o', (link) => {
    expect(parseNewPlanHash(newPlanHash(link))).toEqual(link);
  });

  it.each([
    ['an end before the start', '#new=x&start=2026-10-19&end=2026-09-01&due=2026-10-30', { due: '2026-10-30' }],
    ['a due day that does not exist', '#new=x&start=2026-10-19&end=2027-05-31&due=2026-02-30', { end: '2027-05-31' }],
  ])('leaves out %s', (_what, hash, kept) => {
    expect(parseNewPlanHash(hash)).toEqual({ template: 'x', start: '2026-10-19', ...kept });
  });

  it.each(['', '#', '#new=x', '#start=2026-09-01', '#new=x&start=01.09.2026', '#new=x&start=2026-02-30', '#kpi=abc'])(
    'is not a new-plan link: %s',
    (hash) => {
      expect(parseNewPlanHash(hash)).toBeNull();
    },
  );
});

describe('share link of a roadmap', () => {
  const entry = readDataEntries('src/content/roadmaps', roadmapTemplate).find(
    (e) => e.id === 'shkolnaya-dorozhnaya-karta',
  )!;
  const people = [
    { role: 'Куратор', name: 'Соколова Анна Викторовна' },
    { role: 'Директор', name: 'Петров Илья Сергеевич' },
  ];
  const state = {
    ...newRoadmap(entry.id, roadmapTemplate.parse(entry.data), {
      start: '2026-09-01',
      end: '2027-08-31',
      id: 'abc',
      organisation: 'МБОУ «СОШ № 7»',
    }),
    head: 'Петров И. С.',
    people,
  };
  const opened = async (names: boolean) => {
    const read = await decodeShare(await encodeShare(shareableRoadmap(state, names)));
    if (!('state' in read)) throw new Error(read.error);
    return read.state;
  };

  // Each row: whether names were asked for, and what the opened link holds in each field that may name someone.
  it.each<[string, boolean, string, string, string[]]>([
    ['by default: roles without names', false, '', '', ['', '']],
    [
      'names asked for: everything',
      true,
      'МБОУ «СОШ № 7»',
      'Петров И. С.',
      ['Соколова Анна Викторовна', 'Петров Илья Сергеевич'],
    ],
  ])('%s', async (_kind, names, organisation, head, personNames) => {
    const read = await opened(names);
    expect(read.organisation).toBe(organisation);
    expect(read.head).toBe(head);
    expect(read.people).toEqual(people.map((person, i) => ({ role: person.role, name: personNames[i] })));
    expect(read.sections).toEqual(state.sections);
    expect([read.start, read.end, read.title]).toEqual([state.start, state.end, state.title]);
  });

  it('by default no name is anywhere in the link', () => {
    const json = JSON.stringify(shareableRoadmap(state, false));
    for (const name of ['Соколова', 'Петров', 'СОШ № 7']) expect(json).not.toContain(name);
  });
});

describe('the pairs order’s dates in a pair’s plan', () => {
  const calendar = workCalendar(
    readDataEntries('src/content/holidays', holidayYear).map((e) => e.data as unknown as HolidaysData),
  );
  const entry = readDataEntries('src/content/roadmaps', roadmapTemplate).find(
    (e) => e.id === 'individualnyj-plan-molodogo-pedagoga',
  )!;
  // The order: pairs work 19.10.2026 – 31.05.2027, plans due by 30.10.2026.
  const link = parseNewPlanHash(
    newPlanHash({ template: entry.id, start: '2026-10-19', end: '2027-05-31', due: '2026-10-30', mentee: 'НЯ-001' }),
  )!;
  const template = roadmapTemplate.parse(entry.data);
  const state = pairPlan(template, link, 'p1');
  const rows = scheduleState(state, calendar).flatMap((section) => section.items);
  const cell = (text: string) => deadlinesText(rows.find((row) => row.item.activity.startsWith(text))!);

  it('runs as long as the pairs do, drawn up by the order’s date', () => {
    expect([state.start, state.end, state.plansDue]).toEqual(['2026-10-19', '2027-05-31', '2026-10-30']);
    expect(cell('Составление и согласование')).toBe('до\u00a030.10.2026');
  });
  it('keeps every step, each dated inside the period', () => {
    expect(rows).toHaveLength(template.sections.flatMap((s) => s.items).length);
    for (const row of rows) {
      expect(row.deadlines.length, row.item.activity).toBeGreaterThan(0);
      for (const d of row.deadlines) if (d.kind === 'span') expect(d.to <= '2027-05-31').toBe(true);
    }
  });
  it('says which year-end steps moved into the last month', () => {
    for (const text of ['Подведение итогов года', 'Самоанализ', 'Отчёт по итогам'])
      expect(cell(text)).toBe(
        '01.05.2027\u00a0– 31.05.2027 (перенесено на конец плана: в шаблоне срок позже его окончания)',
      );
  });
  it('without the order’s dates: a year from the start, a month to draw it up', () => {
    const plain = pairPlan(template, { template: entry.id, start: '2026-10-19' }, 'p2');
    expect([plain.end, plain.plansDue]).toEqual(['2027-10-18', undefined]);
  });
});
