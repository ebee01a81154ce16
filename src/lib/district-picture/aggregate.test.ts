import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicators } from '../kpi/test-data.ts';
import { populations } from '../kpi/types.ts';
import { districtTable, type PictureSettings } from './aggregate.ts';
import { collect } from './collect.ts';
import { emptySummary } from './summary.ts';
import type { SchoolSummary } from './types.ts';

const settings: PictureSettings = { firstYear: '2026', lastYear: '2030', year: '2026', trajectories: {} };

const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: undefined });
const school = fc
  .record({
    name: fc.stringMatching(/^[А-Я][а-я]{2,8} № [1-9]\d?$/),
    counts: fc.record(Object.fromEntries(populations.map((p) => [p, maybe(fc.integer({ min: 1, max: 2000 }))]))),
    actual1: maybe(fc.integer({ min: 0, max: 500 })),
    young: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ name, counts, actual1, young }): SchoolSummary => {
    const s = emptySummary(name, `${name}.json`, 'counts');
    for (const [p, n] of Object.entries(counts)) if (n !== undefined) (s.counts as Record<string, number>)[p] = n;
    if (actual1 !== undefined) s.kpiActuals['1'] = { 2026: actual1 };
    s.youngTeacherMentees = young;
    return s;
  });

const sum = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
};

describe('districtTable', () => {
  it('totals equal the sums of the schools, indicator by indicator', () => {
    fc.assert(
      fc.property(fc.array(school, { maxLength: 30 }), (schools) => {
        const table = districtTable(schools, indicators, settings);
        table.total.forEach((total, k) => {
          const cells = table.rows.map((r) => r.cells[k]!);
          expect(total.population).toBe(sum(cells.map((c) => c.population)));
          expect(total.people).toBe(sum(cells.map((c) => c.people)));
          expect(total.actual).toBe(sum(cells.map((c) => c.actual)));
          expect(total.missing).toBe(cells.filter((c) => c.actual === null).length);
        });
      }),
    );
  });

  it('counts a school once however many times its files are loaded', () => {
    fc.assert(
      fc.property(fc.uniqueArray(school, { selector: (s) => s.key, maxLength: 12 }), fc.nat(), (schools, seed) => {
        const repeated = [...schools, ...schools.filter((_, i) => (seed >> i) & 1)];
        const once = collect([], [{ name: 'a', summaries: schools }], {}, [], '2026-12-03').schools;
        const twice = collect([], [{ name: 'b', summaries: repeated }], {}, [], '2026-12-03').schools;
        expect(districtTable(twice, indicators, settings).total).toEqual(
          districtTable(once, indicators, settings).total,
        );
      }),
    );
  });

  it.each([
    ['a typed actual, behind', { 1: 30 }, 0, 1, { kind: 'behind', people: 10 }],
    ['a typed actual, reached', { 1: 45 }, 0, 1, { kind: 'reached', surplus: 5 }],
    ['young teachers from the pairs', {}, 6, 3, { kind: 'reached', surplus: 0 }],
    ['nothing known', {}, 0, 3, null],
  ])('%s', (_name, typed, young, order, status) => {
    const s = emptySummary('СОШ № 1', 'a.json', 'workspace');
    s.counts = { students10to18: 400, youngTeachers: 6 };
    for (const [o, n] of Object.entries(typed)) s.kpiActuals[o] = { 2026: n };
    s.youngTeacherMentees = young;
    const table = districtTable([s], indicators, settings);
    // The preset's first year: 10 % of 400 students is 40; 100 % of 6 young teachers is 6.
    expect(table.rows[0]!.cells.find((c) => c.order === order)!.status).toEqual(status);
    expect(table.behind.length).toBe(status?.kind === 'behind' ? 1 : 0);
  });
});
