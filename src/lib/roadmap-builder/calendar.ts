// The Russian work calendar the builder uses to move a deadline off a day off. Built from the `holidays`
// collection (src/content/holidays/<year>.yaml), one entry a year:
// - the non-working public holidays of the Labour Code, art. 112, part 1;
// - the Government's decree for the year: each transfer makes `to` a day off and, when `from` is a plain
//   Saturday or Sunday (not a holiday), makes `from` a working day («рабочая суббота»);
// - art. 112, part 2: a holiday that falls on a weekend and that the decree does not move itself gives a day
//   off on the next working day, except the January holidays (only the decree moves those). A year whose decree
//   is not known (`transfersKnown: false`) gets this part only.
// A year with no data counts only Saturdays and Sundays as days off: `years` says which years are covered.
import type { HolidaysData } from '../../schemas/holidays.ts';
import { addDays, isIsoDate, isWeekend, yearOf } from '../dates.ts';

export type { HolidaysData } from '../../schemas/holidays.ts';

export interface WorkCalendar {
  isWorkingDay(iso: string): boolean;
  /** The nearest working day before the given day (the day itself is not considered). */
  previousWorkingDay(iso: string): string;
  /** The nearest working day after the given day (the day itself is not considered). */
  nextWorkingDay(iso: string): string;
  /** The named sources, in one line: «Трудовой кодекс РФ, ст. 112; постановление Правительства РФ от … № …». */
  source: string;
  /** The years the data covers, ascending. */
  years: number[];
  /** Covered years whose decree on transfers is not known: only the Labour Code applies to them. */
  yearsWithoutTransfers: number[];
}

function daysOffOf(entry: HolidaysData): { off: Set<string>; worked: Set<string> } {
  const holidays = new Set(entry.holidays);
  const off = new Set(entry.holidays);
  const worked = new Set<string>();
  const movedByDecree = new Set<string>();
  for (const { from, to } of entry.transfers) {
    off.add(to);
    movedByDecree.add(from);
    if (!holidays.has(from)) worked.add(from);
  }
  // Art. 112, part 2, for the holidays the decree does not move itself.
  for (const day of [...entry.holidays].sort()) {
    if (!isWeekend(day) || movedByDecree.has(day) || day.slice(5, 7) === '01') continue;
    let next = addDays(day, 1);
    while ((isWeekend(next) && !worked.has(next)) || off.has(next)) next = addDays(next, 1);
    off.add(next);
  }
  return { off, worked };
}

export function workCalendar(data: HolidaysData[]): WorkCalendar {
  const off = new Set<string>();
  const worked = new Set<string>();
  const years = new Set<number>();
  const sources: string[] = [];
  const yearsWithoutTransfers: number[] = [];
  for (const entry of [...data].sort((a, b) => a.year - b.year)) {
    if (years.has(entry.year)) throw new Error(`Производственный календарь: ${entry.year} год указан дважды`);
    years.add(entry.year);
    if (!entry.transfersKnown) yearsWithoutTransfers.push(entry.year);
    for (const s of entry.sources) if (!sources.includes(s)) sources.push(s);
    const days = daysOffOf(entry);
    for (const d of days.off) off.add(d);
    for (const d of days.worked) worked.add(d);
  }
  const check = (iso: string) => {
    if (!isIsoDate(iso)) throw new RangeError(`Неверная дата «${iso}»: нужна дата ГГГГ-ММ-ДД`);
  };
  const isWorkingDay = (iso: string): boolean => {
    check(iso);
    if (off.has(iso)) return false;
    if (worked.has(iso)) return true;
    return !isWeekend(iso);
  };
  // Never more than a couple of weeks of days off in a row (the New Year holidays are the longest).
  const step = (iso: string, by: 1 | -1): string => {
    check(iso);
    let day = addDays(iso, by);
    for (let i = 0; i < 60 && !isWorkingDay(day); i++) day = addDays(day, by);
    return day;
  };
  return {
    isWorkingDay,
    previousWorkingDay: (iso) => step(iso, -1),
    nextWorkingDay: (iso) => step(iso, 1),
    source: sources.join('; '),
    years: [...years],
    yearsWithoutTransfers,
  };
}

/** True when the calendar has data for the year of the day. */
export const covers = (calendar: WorkCalendar, iso: string): boolean => calendar.years.includes(yearOf(iso));
