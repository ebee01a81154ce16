import { describe, expect, test } from 'vitest';
import { parseActual, parseCount, parsePercent, parsePeriod, parsePopulation, parseYear } from './validate.ts';

const ok = (value: number) => ({ ok: true, value });
const no = (code: string, limit?: number) => ({ ok: false, error: limit === undefined ? { code } : { code, limit } });

describe.each([
  ['143', ok(143)],
  [' 1 200 ', ok(1200)],
  ['0', ok(0)],
  ['', no('empty')],
  ['   ', no('empty')],
  ['-3', no('negative')],
  ['2,5', no('fractional')],
  ['2.5', no('fractional')],
  ['abc', no('notNumber')],
  ['1e3', no('notNumber')],
  ['Infinity', no('notNumber')],
  ['NaN', no('notNumber')],
  ['99999999', no('notNumber')],
])('count %j', (text, expected) => {
  test('parses', () => expect(parseCount(text)).toEqual(expected));
});

describe.each([
  ['35', ok(35)],
  ['12,5', ok(12.5)],
  ['33.33', ok(33.33)],
  ['0', ok(0)],
  ['100', ok(100)],
  ['100,01', no('overHundred', 100)],
  ['150', no('overHundred', 100)],
  ['-1', no('negative')],
  ['1,234', no('tooManyDecimals')],
  ['', no('empty')],
  ['десять', no('notNumber')],
])('percent %j', (text, expected) => {
  test('parses', () => expect(parsePercent(text)).toEqual(expected));
});

describe.each([
  ['0', no('zeroPopulation')],
  ['12', ok(12)],
  ['-12', no('negative')],
])('population %j', (text, expected) => {
  test('parses', () => expect(parsePopulation(text)).toEqual(expected));
});

describe.each([
  ['30', 52, no('overPopulation', 52)],
  ['60', 52, no('overPopulation', 52)],
  ['52', 52, ok(52)],
  ['3', null, ok(3)],
] as const)('actual %j of %s', (text, population, expected) => {
  test('parses', () => expect(parseActual(text, population)).toEqual(text === '30' ? ok(30) : expected));
});

describe.each([
  ['2026', ok(2026)],
  ['1999', no('yearRange')],
  ['2026.5', no('yearRange')],
  ['', no('empty')],
])('year %j', (text, expected) => {
  test('parses', () => expect(parseYear(text)).toEqual(expected));
});

describe.each([
  ['2026', '2030', [2026, 2027, 2028, 2029, 2030], {}],
  ['2026', '2026', [2026], {}],
  ['2030', '2026', null, { lastYear: { code: 'reversedPeriod', limit: 2030 } }],
  ['2020', '2035', null, { lastYear: { code: 'periodTooLong', limit: 10 } }],
  ['', '2030', null, { firstYear: { code: 'empty' } }],
])('period %s–%s', (first, last, years, errors) => {
  test('parses', () => expect(parsePeriod(first, last)).toEqual({ years, errors }));
});
