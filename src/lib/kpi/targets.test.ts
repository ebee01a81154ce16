import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { actualPercent, status, targetPeople, targetUnits } from './targets.ts';

describe.each([
  [35, 143, 51],
  [10, 143, 15],
  [70, 143, 101],
  [10, 150, 15],
  [20, 35, 7],
  [2, 52, 2],
  [100, 4, 4],
  [100, 0, 0],
  [0, 500, 0],
  [12.5, 8, 1],
  [33.33, 3, 1],
  [0.01, 1, 1],
  [55, 20, 11],
  [85, 40, 34],
  [57.5, 1000, 575],
])('%s %% of %s people', (percent, population, people) => {
  test(`is ${people} people`, () => expect(targetPeople(percent, population)).toBe(people));
});

describe.each([
  [1, 1],
  [2.4, 3],
  [3.0000000001, 3],
  [0, 0],
])('a count target of %s', (value, units) => {
  test(`is ${units}`, () => expect(targetUnits(value)).toBe(units));
});

describe.each([
  [51, 143, 35.7],
  [0, 10, 0],
  [10, 10, 100],
  [1, 3, 33.3],
  [2, 3, 66.7],
  [5, 0, null],
])('actual %s of %s', (actual, population, percent) => {
  test(`is ${percent} %`, () => expect(actualPercent(actual, population)).toBe(percent));
});

describe.each([
  [51, 51, { kind: 'reached', surplus: 0 }],
  [51, 60, { kind: 'reached', surplus: 9 }],
  [51, 48, { kind: 'behind', people: 3 }],
])('target %s, actual %s', (target, actual, expected) => {
  test('status', () => expect(status(target, actual)).toEqual(expected));
});

/** Percentages as typed: 0 to 100 with at most two decimals. */
const percent = fc.integer({ min: 0, max: 10000 }).map((h) => h / 100);
const population = fc.integer({ min: 0, max: 200_000 });

describe('a target in people', () => {
  test('never exceeds the population', () => {
    fc.assert(fc.property(percent, population, (p, n) => targetPeople(p, n) <= n));
  });
  test('never falls short of the percentage, and is the smallest such count', () => {
    fc.assert(
      fc.property(percent, population, (p, n) => {
        const people = targetPeople(p, n);
        const wanted = Math.round(p * 100) * n; // hundredths of a per cent × people, exact
        return people * 10000 >= wanted && (people === 0 || (people - 1) * 10000 < wanted);
      }),
    );
  });
  test('grows with the percentage', () => {
    fc.assert(
      fc.property(percent, percent, population, (a, b, n) =>
        a <= b ? targetPeople(a, n) <= targetPeople(b, n) : true,
      ),
    );
  });
  test('reaching it means the actual share is at least the target', () => {
    fc.assert(
      fc.property(percent, fc.integer({ min: 1, max: 200_000 }), (p, n) => targetPeople(p, n) / n >= p / 100 - 1e-12),
    );
  });
});
