// The work calendar from the holiday data: days off and working days of each year checked against the decrees,
// art. 112 part 2 for holidays on a weekend, the yearly count of working days, and bad data refused.
import { describe, expect, test } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { holidayYear, type HolidaysData } from '../../schemas/holidays.ts';
import { workCalendar } from './calendar.ts';
import { addDays } from '../dates.ts';

const data = readDataEntries('src/content/holidays', holidayYear).map((e) => e.data as unknown as HolidaysData);
const calendar = workCalendar(data);

describe('the holiday data', () => {
  test('covers 2024–2030, a file a year', () => {
    expect(calendar.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
  test('names the decree of every year whose transfers are known', () => {
    for (const year of data.filter((y) => y.transfersKnown)) {
      expect(year.sources.some((s) => s.includes(`О переносе выходных дней в ${year.year} году`))).toBe(true);
    }
    expect(calendar.source).toContain('от 10.08.2023 № 1314');
    expect(calendar.source).toContain('от 04.10.2024 № 1335');
    expect(calendar.source).toContain('от 24.09.2025 № 1466');
  });
  test('says which years have no known decree', () => {
    expect(calendar.yearsWithoutTransfers).toEqual([2027, 2028, 2029, 2030]);
    for (const year of data.filter((y) => !y.transfersKnown)) expect(year.note).toMatch(/не учтено/);
  });
  test('every year lists the fourteen holidays of art. 112', () => {
    for (const year of data) expect(year.holidays).toHaveLength(14);
  });
});

// [day, working?, why]
describe.each([
  ['2024-01-08', false, 'holiday'],
  ['2024-01-09', true, 'first working day of 2024'],
  ['2024-04-27', true, 'Saturday made working by decree № 1314'],
  ['2024-04-29', false, 'moved from 27 April'],
  ['2024-04-30', false, 'moved from 2 November'],
  ['2024-05-10', false, 'moved from 6 January'],
  ['2024-11-02', true, 'Saturday made working'],
  ['2024-12-28', true, 'Saturday made working'],
  ['2024-12-30', false, 'moved from 28 December'],
  ['2024-12-31', false, 'moved from 7 January'],
  ['2025-01-09', true, 'first working day of 2025'],
  ['2025-02-24', true, 'the decree moved 23 February (Sunday) to 8 May, so no day off on Monday'],
  ['2025-03-10', true, 'the decree moved 8 March (Saturday) to 13 June'],
  ['2025-05-02', false, 'moved from 4 January'],
  ['2025-05-08', false, 'moved from 23 February'],
  ['2025-06-13', false, 'moved from 8 March'],
  ['2025-11-01', true, 'Saturday made working by decree № 1335'],
  ['2025-11-03', false, 'moved from 1 November'],
  ['2025-12-31', false, 'moved from 5 January'],
  ['2026-01-09', false, 'moved from 3 January by decree № 1466'],
  ['2026-01-12', true, 'first working day of 2026'],
  ['2026-03-09', false, '8 March is a Sunday: art. 112, part 2'],
  ['2026-05-11', false, '9 May is a Saturday: art. 112, part 2'],
  ['2026-06-12', false, 'holiday on a Friday'],
  ['2026-11-04', false, 'holiday on a Wednesday'],
  ['2026-11-05', true, 'an ordinary Thursday'],
  ['2026-12-31', false, 'moved from 4 January'],
  ['2027-01-04', false, 'holiday on a Monday'],
  ['2027-01-11', true, 'after the January holidays'],
  ['2027-05-03', false, '1 May is a Saturday: art. 112, part 2'],
  ['2027-05-10', false, '9 May is a Sunday: art. 112, part 2'],
  ['2027-06-14', false, '12 June is a Saturday: art. 112, part 2'],
  ['2028-11-06', false, '4 November is a Saturday: art. 112, part 2'],
  ['2030-03-08', false, 'holiday on a Friday'],
  ['2035-03-08', true, 'a year without data counts weekends only'],
  ['2035-03-10', false, 'a Saturday'],
])('%s', (day, working, why) => {
  test(`${working ? 'working' : 'day off'}: ${why}`, () => {
    expect(calendar.isWorkingDay(day)).toBe(working);
  });
});

describe('working days a year match the official production calendars', () => {
  test.each([
    [2024, 248],
    [2025, 247],
    [2026, 247],
  ])('%i: %i working days', (year, expected) => {
    let count = 0;
    for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) if (calendar.isWorkingDay(d)) count++;
    expect(count).toBe(expected);
  });
});

describe.each([
  ['2026-05-11', '2026-05-08'],
  ['2026-01-12', '2025-12-30'],
  ['2025-11-03', '2025-11-01'],
  ['2026-09-07', '2026-09-04'],
  ['2026-09-08', '2026-09-07'],
])('previousWorkingDay(%s)', (day, expected) => {
  test(`is ${expected}`, () => expect(calendar.previousWorkingDay(day)).toBe(expected));
});

describe.each([
  ['2025-12-30', '2026-01-12'],
  ['2027-05-07', '2027-05-11'],
])('nextWorkingDay(%s)', (day, expected) => {
  test(`is ${expected}`, () => expect(calendar.nextWorkingDay(day)).toBe(expected));
});

describe('bad input', () => {
  test.each(['2026-02-30', '01.09.2026', '', 'завтра'])('isWorkingDay(%j) throws a Russian message', (day) => {
    expect(() => calendar.isWorkingDay(day)).toThrow(/Неверная дата/);
  });
  test('a year given twice', () => {
    expect(() => workCalendar([data[0]!, data[0]!])).toThrow(/указан дважды/);
  });
  test('no data: weekends only, no sources', () => {
    const empty = workCalendar([]);
    expect(empty.isWorkingDay('2026-01-01')).toBe(true);
    expect(empty.years).toEqual([]);
    expect(empty.source).toBe('');
  });
  test.each([
    [{ year: 2026, holidays: ['2025-01-01'], transfersKnown: false, sources: ['ТК'] }, 'не из 2026 года'],
    [
      {
        year: 2026,
        holidays: ['2026-01-01'],
        transfers: [{ from: '2026-01-05', to: '2026-01-09' }],
        transfersKnown: true,
        sources: ['ТК'],
      },
      'будний',
    ],
    [
      {
        year: 2026,
        holidays: ['2026-01-01'],
        transfers: [{ from: '2026-01-03', to: '2026-01-10' }],
        transfersKnown: true,
        sources: ['ТК'],
      },
      'суббота или воскресенье',
    ],
    [
      {
        year: 2026,
        holidays: ['2026-01-01'],
        transfers: [{ from: '2026-01-03', to: '2026-01-09' }],
        transfersKnown: false,
        sources: ['ТК'],
      },
      'transfersKnown: false',
    ],
    [{ year: 2026, holidays: ['2026-01-01'], transfersKnown: true, sources: [] }, 'Укажите источник'],
  ])('schema refuses %j', (value, message) => {
    const result = holidayYear.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});
