import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computeKpi } from './district.ts';
import { targetPeople } from './targets.ts';
import { emptySchool, exampleCounts, exampleState } from './url-state.ts';
import { indicators } from './test-data.ts';
import { populations, type KpiState, type SchoolInput } from './types.ts';

const example = exampleState('2026-11-20');

test('the worked example is seed 003 over the current school year and four more', () => {
  const result = computeKpi(example, indicators);
  expect(result.errors).toEqual({});
  expect(result.years).toEqual([2026, 2027, 2028, 2029, 2030]);
  expect(result.total.indicators.map((r) => r.years.map((c) => c.target))).toEqual(indicators.map((i) => i.preset));
});

describe.each([
  [1, 143, [15, 29, 51, 72, 101]],
  [2, 52, [2, 3, 4, 5, 6]],
  [3, 4, [4, 4, 4, 4, 4]],
  [4, 5, [1, 2, 3, 4, 5]],
  [5, 40, [20, 22, 24, 28, 34]],
  [6, 20, [10, 11, 12, 14, 17]],
])('indicator %s of the example school (%s)', (order, population, people) => {
  test(`needs ${people.join(', ')}`, () => {
    const row = computeKpi(example, indicators).total.indicators.find((r) => r.order === order)!;
    expect(row.population).toBe(population);
    expect(row.years.map((c) => c.people)).toEqual(people);
  });
});

test('monitoring compares actual counts with the targets', () => {
  const state: KpiState = {
    ...example,
    monitoring: true,
    actuals: { 1: { '2026': '15', '2027': '20', '2028': '', '2029': '80' }, 2: { '2026': '60' } },
  };
  const result = computeKpi(state, indicators);
  const first = result.total.indicators[0]!.years;
  expect(first[0]).toMatchObject({ actual: 15, actualPercent: 10.5, status: { kind: 'reached', surplus: 0 } });
  expect(first[1]).toMatchObject({ actual: 20, actualPercent: 14, status: { kind: 'behind', people: 9 } });
  expect(first[2]).toMatchObject({ actual: null, status: null });
  expect(first[3]).toMatchObject({ actual: 80, actualPercent: 55.9, status: { kind: 'reached', surplus: 8 } });
  expect(result.errors).toEqual({ 'a2-y0': { code: 'overPopulation', limit: 52 } });
});

describe.each([
  ['students10to18', '0', { code: 'zeroPopulation' }],
  ['students10to18', '-5', { code: 'negative' }],
  ['students10to18', '', { code: 'empty' }],
  ['youngTeachers', '2,5', { code: 'fractional' }],
  ['partnerOrganisations', '3', { code: 'belowTarget', limit: 5 }],
] as const)('a school count %s = %j', (population, text, error) => {
  test('is refused at its field, and its indicator shows no numbers', () => {
    const state: KpiState = { ...example, schools: [{ name: '', counts: { ...exampleCounts, [population]: text } }] };
    const result = computeKpi(state, indicators);
    expect(result.errors).toEqual({ [`s0-${population}`]: error });
    const row = result.total.indicators.find(
      (r) => indicators.find((i) => i.order === r.order)!.population === population,
    )!;
    expect(row.years.every((c) => c.people === null)).toBe(true);
  });
});

test('a reversed period is refused at the last year and leaves no years', () => {
  const result = computeKpi({ ...example, firstYear: '2030', lastYear: '2026' }, indicators);
  expect(result.errors).toEqual({ lastYear: { code: 'reversedPeriod', limit: 2030 } });
  expect(result.years).toEqual([]);
});

test('district mode sums the schools', () => {
  const second: SchoolInput = {
    name: 'Школа № 2',
    counts: {
      students10to18: '200',
      students15to18: '70',
      youngTeachers: '3',
      partnerOrganisations: '6',
      surveyedMentees: '50',
      surveyedMentors: '25',
    },
  };
  const state: KpiState = {
    ...example,
    mode: 'district',
    schools: [{ name: 'Школа № 1', counts: { ...exampleCounts } }, second],
  };
  const result = computeKpi(state, indicators);
  expect(result.errors).toEqual({});
  expect(result.schools).toHaveLength(2);
  const total = result.total.indicators[0]!;
  expect(total.population).toBe(343);
  // 143 → 15, 29, 51, 72, 101; 200 → 20, 40, 70, 100, 140.
  expect(total.years.map((c) => c.people)).toEqual([35, 69, 121, 172, 241]);
});

const count = fc.integer({ min: 1, max: 5000 }).map(String);
const school = fc.record({
  name: fc.string({ maxLength: 10 }),
  counts: fc.record(
    Object.fromEntries(
      populations.map((p) => [p, p === 'partnerOrganisations' ? fc.integer({ min: 5, max: 50 }).map(String) : count]),
    ) as Record<(typeof populations)[number], fc.Arbitrary<string>>,
  ),
});

describe('district totals', () => {
  test('are the sums of the schools, at least the percentage of the summed population and at most one person a school more', () => {
    fc.assert(
      fc.property(fc.array(school, { minLength: 1, maxLength: 20 }), (schools) => {
        const result = computeKpi({ ...example, mode: 'district', schools }, indicators);
        if (Object.keys(result.errors).length > 0) return false;
        return result.total.indicators.every((row, k) =>
          row.years.every((cell, i) => {
            const sum = result.schools.reduce((s, r) => s + r.indicators[k]!.years[i]!.people!, 0);
            if (cell.people !== sum) return false;
            if (row.unit !== 'percent') return true;
            const whole = targetPeople(cell.target!, row.population!);
            return sum >= whole && sum <= whole + schools.length - 1 && sum <= row.population!;
          }),
        );
      }),
    );
  });
});

describe('whatever is typed', () => {
  test('no result holds NaN or Infinity', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('', '-1', '0', '1,5', '1e9', 'NaN', 'Infinity', '100', '101', '2026'),
    );
    const anySchool = fc.record({
      name: fc.string({ maxLength: 4 }),
      counts: fc.record(
        Object.fromEntries(populations.map((p) => [p, anyText])) as Record<
          (typeof populations)[number],
          fc.Arbitrary<string>
        >,
      ),
    });
    const anyTrajectory = fc.oneof(
      fc.constant({ kind: 'preset' as const }),
      fc.record({ kind: fc.constant('line' as const), from: anyText, to: anyText }),
      fc.record({
        kind: fc.constant('manual' as const),
        values: fc.dictionary(fc.constantFrom('2026', '2027', '2030', 'x'), anyText),
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          mode: fc.constantFrom('school' as const, 'district' as const),
          organisation: fc.string({ maxLength: 4 }),
          firstYear: fc.constantFrom('2026', '2030', '', 'x', '1999'),
          lastYear: fc.constantFrom('2030', '2026', '', '2040'),
          schools: fc.array(anySchool, { minLength: 1, maxLength: 3 }),
          trajectories: fc.dictionary(fc.constantFrom('1', '2', '3', '4', '5', '6'), anyTrajectory),
          monitoring: fc.boolean(),
          actuals: fc.dictionary(
            fc.constantFrom('1', '2', '4'),
            fc.dictionary(fc.constantFrom('2026', '2028', '2031'), anyText),
          ),
        }),
        (state) => {
          const result = computeKpi(state as unknown as KpiState, indicators);
          const numbers = JSON.stringify(result, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'BAD' : v));
          return !numbers.includes('"BAD"');
        },
      ),
    );
  });
});

test('an empty school in district mode names each empty field', () => {
  const result = computeKpi({ ...example, mode: 'district', schools: [emptySchool('Новая')] }, indicators);
  expect(Object.keys(result.errors).sort()).toEqual(populations.map((p) => `s0-${p}`).sort());
});

test('actual counts stay with their year when the period moves', () => {
  const state: KpiState = { ...example, monitoring: true, actuals: { 1: { '2027': '30' } } };
  expect(computeKpi(state, indicators).total.indicators[0]!.years[1]).toMatchObject({ year: 2027, actual: 30 });
  const moved = computeKpi({ ...state, firstYear: '2027', lastYear: '2031' }, indicators);
  expect(moved.total.indicators[0]!.years[0]).toMatchObject({ year: 2027, actual: 30 });
});
