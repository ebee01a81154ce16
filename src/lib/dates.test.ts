import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, isIsoDate, localToday, schoolYearName, schoolYearOf, schoolYearOfDate } from './dates.ts';

describe('isIsoDate: a real day of the calendar', () => {
  it.each([
    ['2026-09-01', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-9-1', false],
    ['31.12.2025', false],
    ['', false],
    ['2026-09-01T00:00', false],
  ])('%j → %s', (text, real) => expect(isIsoDate(text)).toBe(real));
});

describe('school years start on 1 September', () => {
  // Rows from the three copies this replaced: the builder's and the calculator's (a number), the pairs tool's (a name).
  it.each([
    ['2026-09-01', 2026, '2026/2027'],
    ['2026-08-31', 2025, '2025/2026'],
    ['2027-01-15', 2026, '2026/2027'],
    ['2027-08-31', 2026, '2026/2027'],
    ['2025-12-31', 2025, '2025/2026'],
  ])('%s is in %i, «%s»', (day, year, name) => {
    expect(schoolYearOf(day)).toBe(year);
    expect(schoolYearName(day)).toBe(name);
  });

  // The monitoring tool reads dates from survey cells: anything that is not a real date has no school year.
  it.each([
    ['2025-09-01', 2025],
    ['2026-05-31', 2025],
    ['', null],
    ['31.05.2026', null],
    ['2026-02-30', null],
  ])('schoolYearOfDate(%j) = %j', (text, year) => expect(schoolYearOfDate(text)).toBe(year));
});

describe('arithmetic', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (day, days, result) => expect(addDays(day, days)).toBe(result));
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('%s + %i months = %s', (day, months, result) => expect(addMonths(day, months)).toBe(result));
});

describe('localToday', () => {
  afterEach(() => vi.useRealTimers());
  it('is the local calendar day, zero-padded', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 2, 5, 23, 59));
    expect(localToday()).toBe('2026-03-05');
  });
});
