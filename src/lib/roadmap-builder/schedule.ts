// Turns a template's deadline rule into concrete deadlines for the period a roadmap is built for.
//
// The rules (each one has a test in schedule.test.ts):
// 1. The period is [start, end], ISO days, both inclusive; a school year runs 1 September – 31 August and is
//    named by its first calendar year (2026 = «2026/2027 учебный год»). No deadline falls outside the period:
//    an occurrence outside it is dropped, a span is clipped to it.
// 2. Fixed years move with the period. A template carries the years of the document it was made from
//    (`templatePeriod`, e.g. 2020–2024); its first year is taken as the first school year of the chosen
//    period, and every year written in a rule (`date`, `span` with years, `years`, `yearly.years`) moves by the
//    same number of whole years: a 2020–2024 roadmap built for 2026/2027 puts 10.09.2020 on 10.09.2026. A
//    29 February that lands in a common year becomes 28 February (the last day of that February, so «до 29
//    февраля» still means «by the end of February»). Without `templatePeriod` years stay as written.
// 3. `date`: that day (moved as in 2). `dayOfSchoolYear` («до 01 октября»): the first occurrence of that day in
//    the period, in its first school year if it is not already past. All such deadlines in seed 003 are one-off
//    steps of setting the model up (appointing the curator, writing and agreeing the roadmap, agreements with
//    partners…), done once at the start; a deadline that recurs is written «ежегодно» and is `yearly`.
// 4. `months` («декабрь, май»): a span of each month in each school year of the period (December 2026 and May
//    2027 for 2026/2027). `span` without years («октябрь – ноябрь»): that span in each school year; the end
//    month falls in the school year (September–December in its first calendar year, January–August in the
//    second) and the start month is the nearest one not after it, so «август – сентябрь» is August–September of
//    the same calendar year. `span` with years: those months of those years (moved as in 2); a missing year is
//    taken from the other end.
// 5. `years`: whole calendar years, 1 January – 31 December. `yearly` with months: those months in each calendar
//    year of the period; without months: once in each school year, its whole span (not split at 31 December);
//    with a day («ежегодно до 30 июня»): that day of its month in each school year, a deadline to finish by.
//    `years` narrows the calendar years (moved as in 2); a school year counts when it overlaps them.
// 5a. A launch step the template dates before the plan (`date`, `span` with years, `years` whose moved dates
//    all end before the start, e.g. «февраль 2022» of a plan approved in March 2022) is never dropped: it goes
//    to the start of the plan, a day on the first working day, a span keeping its length in months, and
//    `beforePlan` keeps the template's (moved) first day so the row says why.
// 6. `schoolYearStart`: September of each school year. `throughoutYear`: each school year, 1 September –
//    31 August. `wholePeriod`: [start, end].
// 7. A pair's plan: `afterStart` is the start plus months, then weeks, then days (31 January + 1 month =
//    28/29 February); `monthOfPlan` n is the n-th month counted from the start (start + n−1 months up to the
//    day before start + n months), `to` makes it a run of months.
// 7a. A pair's plan made from the pairs order ends when the order says the pairs work until, which can be
//    sooner than the template's months. No step of it is dropped: a day after the end goes to the end (moved
//    off a day off as in 9), a run of months after it becomes as many months ending on the end (never before
//    the start), and `afterPlan` keeps the template's first day so the row says why; a run that only overlaps
//    the end is clipped as in 1. `afterStart` with `plansDue: is` is the order's «планы составить до …» when
//    the plan has one: that very day (not moved, so the plan and the order print the same date); one outside
//    the period goes to its start or end as in 5a and 7a. With `plansDue: notAfter` (a step the plan is drawn up
//    from) its own day, or the order's date when that comes first.
// 8. `separateSchedule`, `programmeDates`, `asEstablished`: no date, the rule's text (deadlineText).
// 9. A one-day deadline on a weekend or a public holiday (WorkCalendar) moves to the previous working day, and
//    `movedFrom` keeps the day it was moved from. If that working day is before the start, it moves to the next
//    working day instead; if that is after the end too, it stays. Spans never move: a span is a stretch of time
//    to work in, and its days off are days off whatever its ends fall on.
// 10. The result is sorted by its first day, without repeats.
import type { DeadlineRule } from '../../schemas/deadline-rule.ts';
import { deadlineText } from '../deadline-text.ts';
import type { WorkCalendar } from './calendar.ts';
import {
  addDays,
  addMonths,
  isIsoDate,
  isoOf,
  maxIso,
  minIso,
  monthEnd,
  monthStart,
  schoolYearOf,
  yearOf,
} from '../dates.ts';

export type Deadline =
  /**
   * ISO day; `by` reads «до …»; `movedFrom` is the day before moving off a weekend or holiday; `beforePlan` the
   * template's day before the plan, when the step was put at the plan's start (rule 5a).
   */
  | { kind: 'day'; date: string; by: boolean; movedFrom?: string; beforePlan?: string; afterPlan?: string }
  /** Inclusive ISO days; `afterPlan` the template's first day, when the step was put at the plan's end (rule 7a). */
  | { kind: 'span'; from: string; to: string; beforePlan?: string; afterPlan?: string }
  /** No date: «по отдельному графику». */
  | { kind: 'text'; text: string };

export interface ScheduleContext {
  start: string;
  end: string;
  /** The years of the document the template was made from: the template's `period`. */
  templatePeriod?: { from: number; to: number } | undefined;
  /** A pair's plan made from the pairs order: its «планы составить до …» (rule 7a). */
  plansDue?: string | undefined;
  calendar: WorkCalendar;
}

/** Russian message for a period the builder cannot schedule, or null when it is fine. */
export function periodError(start: string, end: string): string | null {
  if (!isIsoDate(start)) return `Дата начала «${start}» не похожа на дату: нужна дата вида 2026-09-01`;
  if (!isIsoDate(end)) return `Дата окончания «${end}» не похожа на дату: нужна дата вида 2027-05-31`;
  if (end < start) return 'Период заканчивается раньше, чем начинается: проверьте даты начала и окончания';
  if (yearOf(end) - yearOf(start) > 10) return 'Период длиннее десяти лет: проверьте годы начала и окончания';
  return null;
}

/** The first calendar year of each school year the period touches: 2026-09-01 … 2027-08-31 → [2026]. */
export function schoolYearsOf(start: string, end: string): number[] {
  const error = periodError(start, end);
  if (error) throw new RangeError(error);
  const years: number[] = [];
  for (let y = schoolYearOf(start); y <= schoolYearOf(end); y++) years.push(y);
  return years;
}

function calendarYearsOf(start: string, end: string): number[] {
  const years: number[] = [];
  for (let y = yearOf(start); y <= yearOf(end); y++) years.push(y);
  return years;
}

/** How many years the template's written years move: its first year becomes the period's first school year. */
export function yearShift(ctx: Pick<ScheduleContext, 'start' | 'templatePeriod'>): number {
  return ctx.templatePeriod ? schoolYearOf(ctx.start) - ctx.templatePeriod.from : 0;
}

/** Moves an ISO day by whole years; 29 February in a common year becomes 28 February. */
export function shiftIso(iso: string, years: number): string {
  if (years === 0) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoOf(y + years, m, d);
}

/** The calendar year of a month (1–12) in the school year that starts in `schoolYear`. */
const yearOfMonthIn = (schoolYear: number, month: number): number => (month >= 9 ? schoolYear : schoolYear + 1);

interface Emit {
  start: string;
  end: string;
  day: (date: string, by: boolean) => void;
  span: (from: string, to: string) => void;
  monthSpan: (year: number, fromMonth: number, toYear: number, toMonth: number) => void;
  /** Rule 5a: a span the template dates before the plan goes to its start, with as many months. */
  datedSpan: (from: string, to: string) => void;
  /** Rule 7a: a pair plan's day after the end goes to the end. */
  planDay: (date: string, by: boolean) => void;
  /** Rule 7a: a pair plan's run of `months` months after the end becomes as many months ending on the end. */
  planSpan: (from: string, to: string, months: number) => void;
}

/** Writers of deadlines into `out` that keep rules 1 and 9: clipped to the period, moved off days off. */
function emitter(ctx: ScheduleContext, out: Deadline[]): Emit {
  const { start, end } = ctx;
  const span = (from: string, to: string) => {
    const a = maxIso(from, start);
    const b = minIso(to, end);
    if (a <= b) out.push({ kind: 'span', from: a, to: b });
  };
  return {
    start,
    end,
    span,
    day: (date, by) => {
      if (date >= start && date <= end) out.push(moveOffDayOff(date, by, ctx));
    },
    monthSpan: (year, fromMonth, toYear, toMonth) => span(monthStart(year, fromMonth), monthEnd(toYear, toMonth)),
    datedSpan: (from, to) => {
      if (to >= start || from > to) return span(from, to);
      const months = (yearOf(to) - yearOf(from)) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
      out.push({ kind: 'span', from: start, to: minIso(addDays(addMonths(start, months), -1), end), beforePlan: from });
    },
    planDay: (date, by) => {
      if (date <= end) out.push(moveOffDayOff(date, by, ctx));
      else out.push({ ...moveOffDayOff(end, by, ctx), afterPlan: date } as Deadline);
    },
    planSpan: (from, to, months) => {
      if (from <= end) return span(from, to);
      out.push({ kind: 'span', from: maxIso(start, addDays(addMonths(end, -months), 1)), to: end, afterPlan: from });
    },
  };
}

/** Rule 7a: the order's «планы составить до …», that very day, kept inside the period. */
function plansDueDay(due: string, ctx: ScheduleContext): Deadline {
  if (due < ctx.start) return { ...moveOffDayOff(ctx.start, true, ctx), beforePlan: due } as Deadline;
  if (due > ctx.end) return { ...moveOffDayOff(ctx.end, true, ctx), afterPlan: due } as Deadline;
  return { kind: 'day', date: due, by: true };
}

/** Rule 4, `span`: without years in each school year; with years those months, moved (and 5a before the plan). */
function monthsSpan(rule: Extract<DeadlineRule, { kind: 'span' }>, shift: number, schoolYears: number[], emit: Emit) {
  const { from, to } = rule;
  if (from.year === undefined && to.year === undefined) {
    for (const sy of schoolYears) {
      const toYear = yearOfMonthIn(sy, to.month);
      emit.monthSpan(from.month <= to.month ? toYear : toYear - 1, from.month, toYear, to.month);
    }
    return;
  }
  const fromYear = from.year ?? (from.month <= to.month ? to.year! : to.year! - 1);
  const toYear = to.year ?? (to.month >= from.month ? fromYear : fromYear + 1);
  emit.datedSpan(monthStart(fromYear + shift, from.month), monthEnd(toYear + shift, to.month));
}

export function scheduleRule(rule: DeadlineRule, ctx: ScheduleContext): Deadline[] {
  const { start, end } = ctx;
  const schoolYears = schoolYearsOf(start, end);
  const shift = yearShift(ctx);
  const out: Deadline[] = [];
  const emit = emitter(ctx, out);
  const { span, day, monthSpan } = emit;

  switch (rule.kind) {
    case 'date': {
      const date = shiftIso(rule.date, shift);
      if (date < start) out.push({ ...moveOffDayOff(start, rule.by, ctx), beforePlan: date } as Deadline);
      else day(date, rule.by);
      break;
    }
    case 'dayOfSchoolYear': {
      const first = schoolYears
        .map((sy) => isoOf(yearOfMonthIn(sy, rule.month), rule.month, rule.day))
        .find((date) => date >= start && date <= end);
      if (first) day(first, rule.by);
      break;
    }
    case 'months':
      for (const sy of schoolYears)
        for (const m of rule.months) monthSpan(yearOfMonthIn(sy, m), m, yearOfMonthIn(sy, m), m);
      break;
    case 'span':
      monthsSpan(rule, shift, schoolYears, emit);
      break;
    case 'years':
      emit.datedSpan(`${rule.from + shift}-01-01`, `${rule.to + shift}-12-31`);
      break;
    case 'yearly':
      yearly(rule, shift, schoolYears, emit);
      break;
    case 'schoolYearStart':
      for (const sy of schoolYears) monthSpan(sy, 9, sy, 9);
      break;
    case 'throughoutYear':
      for (const sy of schoolYears) span(`${sy}-09-01`, `${sy + 1}-08-31`);
      break;
    case 'wholePeriod':
      span(start, end);
      break;
    case 'afterStart': {
      const own = addDays(addMonths(start, rule.months), rule.weeks * 7 + rule.days);
      const due = rule.plansDue ? ctx.plansDue : undefined;
      if (due && (rule.plansDue === 'is' || own > due)) out.push(plansDueDay(due, ctx));
      else emit.planDay(own, rule.by);
      break;
    }
    case 'monthOfPlan': {
      const last = rule.to ?? rule.n;
      emit.planSpan(addMonths(start, rule.n - 1), addDays(addMonths(start, last), -1), last - rule.n + 1);
      break;
    }
    case 'separateSchedule':
    case 'programmeDates':
    case 'asEstablished':
      out.push({ kind: 'text', text: deadlineText(rule) });
      break;
    default:
      throw new TypeError(`Неизвестный вид срока: ${JSON.stringify(rule satisfies never)}`);
  }
  return sortUnique(out);
}

/** Rule 5, `yearly`: months of each calendar year, a day of each school year, or each school year once. */
function yearly(rule: Extract<DeadlineRule, { kind: 'yearly' }>, shift: number, schoolYears: number[], emit: Emit) {
  const within = (y: number) => !rule.years || (y >= rule.years.from + shift && y <= rule.years.to + shift);
  if (rule.months.length === 0) {
    // A school year counts when it overlaps the years: «ежегодно 2022–2024 гг.» holds in 2021/2022 and 2024/2025.
    for (const sy of schoolYears.filter((sy) => within(sy) || within(sy + 1)))
      emit.span(`${sy}-09-01`, `${sy + 1}-08-31`);
    return;
  }
  if (rule.day !== undefined) {
    const m = rule.months[0]!;
    for (const sy of schoolYears) {
      const y = yearOfMonthIn(sy, m);
      if (within(y)) emit.day(isoOf(y, m, rule.day), true);
    }
    return;
  }
  for (const y of calendarYearsOf(emit.start, emit.end).filter(within))
    for (const m of rule.months) emit.monthSpan(y, m, y, m);
}

/** Rule 9: a day off moves to the previous working day (or the next, if the previous is before the start). */
export function moveOffDayOff(
  date: string,
  by: boolean,
  ctx: Pick<ScheduleContext, 'start' | 'end' | 'calendar'>,
): Deadline {
  const { calendar, start, end } = ctx;
  if (calendar.isWorkingDay(date)) return { kind: 'day', date, by };
  const previous = calendar.previousWorkingDay(date);
  if (previous >= start) return { kind: 'day', date: previous, by, movedFrom: date };
  const next = calendar.nextWorkingDay(date);
  if (next <= end) return { kind: 'day', date: next, by, movedFrom: date };
  return { kind: 'day', date, by };
}

/** The first day of a deadline, for sorting; text deadlines go last. */
export function firstDay(d: Deadline): string {
  return d.kind === 'day' ? d.date : d.kind === 'span' ? d.from : '9999-12-31';
}

/** The last day of a deadline; text deadlines have none. */
export function lastDay(d: Deadline): string | null {
  return d.kind === 'day' ? d.date : d.kind === 'span' ? d.to : null;
}

function sortUnique(list: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = JSON.stringify(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => firstDay(a).localeCompare(firstDay(b)) || (lastDay(a) ?? '').localeCompare(lastDay(b) ?? ''));
}
