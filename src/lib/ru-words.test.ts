import { describe, expect, it } from 'vitest';
import { longDate, monthName, monthNameGenitive, plural, ruDate } from './ru-words.ts';

describe('plural', () => {
  // The rows of the two copies this replaced (deadline-text, district figures), and the forms' «знак».
  it.each([
    [0, 'лет'],
    [1, 'год'],
    [2, 'года'],
    [4, 'года'],
    [5, 'лет'],
    [11, 'лет'],
    [12, 'лет'],
    [14, 'лет'],
    [21, 'год'],
    [22, 'года'],
    [25, 'лет'],
    [101, 'год'],
    [111, 'лет'],
    [112, 'лет'],
    [1001, 'год'],
  ])('%i %s', (n, word) => expect(plural(n, ['год', 'года', 'лет'])).toBe(word));

  it.each([
    [1, 'неделю'],
    [2, 'недели'],
    [13, 'недель'],
  ])('%i %s (accusative forms as given)', (n, word) => expect(plural(n, ['неделю', 'недели', 'недель'])).toBe(word));

  // Where the copies differed: a fraction took «лет» in both; Russian says «1,5 года».
  it('a fraction takes the second form', () => expect(plural(1.5, ['год', 'года', 'лет'])).toBe('года'));
});

describe('months', () => {
  it.each([
    [1, 'январь', 'января'],
    [5, 'май', 'мая'],
    [9, 'сентябрь', 'сентября'],
    [12, 'декабрь', 'декабря'],
  ])('%i → %s, %s', (month, nominative, genitive) => {
    expect(monthName(month)).toBe(nominative);
    expect(monthNameGenitive(month)).toBe(genitive);
  });
});

describe('dates', () => {
  // The four copies this replaced agreed on a date; on anything else only the pairs tool's kept the text.
  it.each([
    ['2026-09-01', '01.09.2026'],
    ['2020-09-10', '10.09.2020'],
    ['', ''],
    ['по приказу', 'по приказу'],
    ['2026-02-30', '2026-02-30'],
  ])('ruDate(%j) = %j', (iso, text) => expect(ruDate(iso)).toBe(text));

  it.each([
    ['2027-05-01', '1 мая 2027'],
    ['2026-12-03', '3 декабря 2026'],
    ['2026-09-24', '24 сентября 2026'],
  ])('longDate(%s) = %s', (iso, text) => expect(longDate(iso)).toBe(text));
});
