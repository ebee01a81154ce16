import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { presetValues, straightLine, trajectoryTargets } from './trajectory.ts';
import { collection, indicators } from './test-data.ts';
import type { FieldErrors } from './types.ts';

describe.each(collection.map((c) => [c.order, c] as const))('indicator %s', (order, entry) => {
  test("the preset reproduces seed 003's row exactly", () => {
    const indicator = indicators.find((i) => i.order === order)!;
    const errors: FieldErrors = {};
    expect(trajectoryTargets(indicator, { kind: 'preset' }, [2020, 2021, 2022, 2023, 2024], errors)).toEqual(
      Object.values(entry.preset.values),
    );
    expect(errors).toEqual({});
  });
});

test("seed 003's rows, as the issue quotes them", () => {
  expect(indicators.map((i) => i.preset)).toEqual([
    [10, 20, 35, 50, 70],
    [2, 4, 6, 8, 10],
    [100, 100, 100, 100, 100],
    [1, 2, 3, 4, 5],
    [50, 55, 60, 70, 85],
    [50, 55, 60, 70, 85],
  ]);
});

describe.each([
  [[10, 20, 35, 50, 70], 3, [10, 20, 35]],
  [[10, 20, 35, 50, 70], 7, [10, 20, 35, 50, 70, 70, 70]],
  [[1], 2, [1, 1]],
])('preset %j over %s years', (preset, n, expected) => {
  test(`is ${JSON.stringify(expected)}`, () => expect(presetValues(preset, n)).toEqual(expected));
});

describe.each([
  [10, 70, 5, 'percent', [10, 25, 40, 55, 70]],
  [0, 100, 4, 'percent', [0, 33.3, 66.7, 100]],
  [20, 20, 3, 'percent', [20, 20, 20]],
  [70, 10, 3, 'percent', [70, 40, 10]],
  [15, 60, 1, 'percent', [60]],
  [1, 5, 5, 'count', [1, 2, 3, 4, 5]],
  [0, 5, 4, 'count', [0, 2, 4, 5]],
] as const)('a line from %s to %s over %s years (%s)', (from, to, n, unit, expected) => {
  test(`is ${JSON.stringify(expected)}`, () => expect(straightLine(from, to, n, unit)).toEqual(expected));
});

describe('a straight line', () => {
  const value = fc.integer({ min: 0, max: 1000 }).map((t) => t / 10);
  test('starts at the baseline, ends at the target and stays between them', () => {
    fc.assert(
      fc.property(value, value, fc.integer({ min: 2, max: 10 }), (from, to, n) => {
        const line = straightLine(from, to, n, 'percent');
        const [low, high] = [Math.min(from, to), Math.max(from, to)];
        return line.length === n && line[0] === from && line.at(-1) === to && line.every((v) => v >= low && v <= high);
      }),
    );
  });
  test('is monotonic', () => {
    fc.assert(
      fc.property(value, value, fc.integer({ min: 2, max: 10 }), (from, to, n) => {
        const line = straightLine(from, to, n, 'percent');
        return line.every((v, i) => i === 0 || (from <= to ? v >= line[i - 1]! : v <= line[i - 1]!));
      }),
    );
  });
});

describe('typed trajectories', () => {
  const first = indicators[0]!;
  test('a line with a bad end names the field', () => {
    const errors: FieldErrors = {};
    expect(trajectoryTargets(first, { kind: 'line', from: '10', to: '120' }, [2026, 2027, 2028], errors)).toEqual([
      null,
      null,
      null,
    ]);
    expect(errors).toEqual({ 't1-to': { code: 'overHundred', limit: 100 } });
  });
  test('manual values keep the good years', () => {
    const errors: FieldErrors = {};
    expect(
      trajectoryTargets(
        first,
        { kind: 'manual', values: { '2026': '10', '2028': '30,5', '2031': '99' } },
        [2026, 2027, 2028],
        errors,
      ),
    ).toEqual([10, null, 30.5]);
    expect(errors).toEqual({ 't1-y1': { code: 'empty' } });
  });
  test('a count indicator wants whole organisations', () => {
    const errors: FieldErrors = {};
    trajectoryTargets(indicators[3]!, { kind: 'manual', values: { '2026': '1,5' } }, [2026], errors);
    expect(errors).toEqual({ 't4-y0': { code: 'fractional' } });
  });
});
