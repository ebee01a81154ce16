// A roadmap template as a table of text: its columns and, section by section, its rows. The page and the
// Word document both draw this one table, so they always agree.
import type { RoadmapTemplate } from '../schemas/roadmap.ts';
import type { DeadlineRule } from '../schemas/deadline-rule.ts';
import { deadlineText, shiftRuleYears } from './deadline-text.ts';
import { isoOf, schoolYearOf } from './dates.ts';
import { namedColumns, roadmapColumns, rowCells, type RoadmapColumn } from './roadmap-columns.ts';

export interface RoadmapTable {
  columns: RoadmapColumn[];
  sections: { title: string; rows: string[][] }[];
}

/** The template's own columns where it names them, else the standard ones its items fill. */
export function templateColumns(template: RoadmapTemplate): RoadmapColumn[] {
  if (template.columns) return namedColumns(template.columns);
  const items = template.sections.flatMap((section) => section.items);
  return roadmapColumns({
    twoLevel: items.some((item) => !Array.isArray(item.responsible)),
    format: items.some((item) => item.format),
    result: items.some((item) => item.result),
  });
}

/**
 * The rule for dated blanks (a template keeps the years of the roadmap it was made from; the blank moves them):
 * 1. A blank is dated for the first school year that has not begun on the day of the build, schoolYearOf(today)
 *    + 1: built from 1 September to 31 August, its plan starts on the 1 September after that day (built on
 *    31 August 2027 — tomorrow; on 1 September 2027 — a year ahead). The template's first year becomes it.
 * 2. A row the template dates before its own start (launch steps «февраль 2022», «до 15.03.2022» of a plan for
 *    2022–2025; «ежегодно, 2020–2024» in a plan for 2021–2024) goes to the plan's first day, as the builder puts
 *    it (roadmap-builder/schedule.ts, rule 5a): blankRule.
 * So every day a row of a blank names is on or after the plan's first day, which is after the day of the build:
 * built in spring, no blank shows «февраль» or «март» of a school year still to come that has already passed.
 */
export const blankFirstYear = (today: string): number => schoolYearOf(today) + 1;

/** The first day of a blank's plan: 1 September of its first school year. */
export const blankStart = (firstYear: number): string => isoOf(firstYear, 9, 1);

/** Months counted from year 0, so spans compare and move by subtraction. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const monthAt = (index: number) => ({ month: (index % 12) + 1, year: Math.floor(index / 12) });

/** The calendar years of a `span` with a year at either end: the missing one from the other, as schedule.ts. */
function spanYears(rule: Extract<DeadlineRule, { kind: 'span' }>): [number, number] | null {
  const { from, to } = rule;
  if (from.year === undefined && to.year === undefined) return null;
  const fromYear = from.year ?? (from.month <= to.month ? to.year! : to.year! - 1);
  const toYear = to.year ?? (to.month >= from.month ? fromYear : fromYear + 1);
  return [fromYear, toYear];
}

/**
 * The rule as a blank whose plan starts in `firstYear` prints it: its years moved by `shift`, and whatever it
 * then dates before the plan's first day moved to that day (rule 2 above): a day to 1 September, a span to
 * start in September with as many months, whole years and yearly rows to the plan's years.
 */
export function blankRule(rule: DeadlineRule, shift: number, firstYear: number): DeadlineRule {
  const moved = shiftRuleYears(rule, shift);
  const start = blankStart(firstYear);
  const startMonth = monthIndex(firstYear, 9);
  switch (moved.kind) {
    case 'date':
      return moved.date < start ? { ...moved, date: start } : moved;
    case 'span': {
      const years = spanYears(moved);
      if (!years) return moved;
      const [first, last] = [monthIndex(years[0], moved.from.month), monthIndex(years[1], moved.to.month)];
      if (first >= startMonth) return moved;
      const end = last < startMonth ? startMonth + (last - first) : last;
      return { kind: 'span', from: monthAt(startMonth), to: monthAt(end) };
    }
    case 'years':
      // A calendar year from January: the plan's part of it is September to December.
      return moved.from > firstYear
        ? moved
        : { kind: 'span', from: { month: 9, year: firstYear }, to: { month: 12, year: Math.max(moved.to, firstYear) } };
    case 'yearly': {
      if (!moved.years) return moved;
      // Months of January–August fall in the plan from the calendar year after its first; without months a
      // yearly row is once in each school year, the first of them the plan's own.
      const earliest = moved.months.some((m) => m < 9) ? firstYear + 1 : firstYear;
      if (moved.years.from >= earliest) return moved;
      return { ...moved, years: { from: earliest, to: Math.max(moved.years.to, earliest) } };
    }
    default:
      return moved;
  }
}

/** The first day a blank's rule names, or null when it names no year (it then means each year of the plan). */
export function ruleFirstDay(rule: DeadlineRule): string | null {
  switch (rule.kind) {
    case 'date':
      return rule.date;
    case 'span': {
      const years = spanYears(rule);
      return years && isoOf(years[0], rule.from.month, 1);
    }
    case 'years':
      return isoOf(rule.from, 1, 1);
    case 'yearly':
      if (!rule.years) return null;
      return rule.months.length > 0
        ? isoOf(rule.years.from, Math.min(...rule.months), 1)
        : isoOf(rule.years.from, 9, 1);
    default:
      return null;
  }
}

/** How many years a template's written years move in a blank that starts in `firstYear`. */
export const blankShift = (template: Pick<RoadmapTemplate, 'period'>, firstYear?: number): number =>
  template.period && firstYear !== undefined ? firstYear - template.period.from : 0;

/** The template's table; with `firstYear`, its written years moved so its period starts then. */
export function roadmapTable(template: RoadmapTemplate, firstYear?: number): RoadmapTable {
  const columns = templateColumns(template);
  const shift = blankShift(template, firstYear);
  return {
    columns,
    sections: template.sections.map((section) => ({
      title: section.title,
      rows: section.items.map((item) => {
        const [municipal, school] = Array.isArray(item.responsible)
          ? [item.responsible, []]
          : [item.responsible.municipal, item.responsible.school];
        const standard = {
          number: item.number ?? '',
          activity: item.activity,
          deadline: deadlineText(firstYear === undefined ? item.deadline : blankRule(item.deadline, shift, firstYear)),
          responsible: municipal.join(', '),
          municipal: municipal.join(', '),
          school: school.join(', '),
          format: item.format ?? '',
          result: item.result ?? '',
        };
        return rowCells(columns, standard, item.cells);
      }),
    })),
  };
}

/** «на 2020–2024 годы» (moved to start in `firstYear` when given), or nothing for a template without a period. */
export function periodText(template: Pick<RoadmapTemplate, 'period'>, firstYear?: number): string {
  const shift = blankShift(template, firstYear);
  return template.period ? `на ${template.period.from + shift}–${template.period.to + shift} годы` : '';
}

/** What a blank says under its title about its dates, and where real ones are made. */
export function blankDatesNote(
  template: Pick<RoadmapTemplate, 'period' | 'level' | 'sections'>,
  firstYear: number,
): string {
  const builder = 'Конструктор дорожной карты на сайте (раздел «Инструменты») рассчитает сроки на ваш период';
  if (template.level === 'pair') return `Сроки считаются от даты начала работы пары. ${builder}.`;
  if (!template.period) return `Сроки без года относятся к учебному году, на который составляется план. ${builder}.`;
  const shift = blankShift(template, firstYear);
  const launch = template.sections.some((section) =>
    section.items.some(
      (item) =>
        JSON.stringify(blankRule(item.deadline, shift, firstYear)) !==
        JSON.stringify(shiftRuleYears(item.deadline, shift)),
    ),
  );
  return [
    `Сроки с годами даны для плана, который начинается в ${firstYear}/${firstYear + 1} учебном году.`,
    launch ? ' Шаги, которые в исходном документе стоят раньше начала плана, перенесены на его начало.' : '',
    ` ${builder}.`,
  ].join('');
}
