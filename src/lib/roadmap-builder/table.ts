// The built roadmap with real deadlines: every item scheduled in the chosen period, and the same rows as the
// page's table, the Word document, the spreadsheet and the calendar read them, so all of them agree.
import type { BuilderItem, BuilderState } from './state.ts';
import { itemNumbers, withNames } from './state.ts';
import type { WorkCalendar } from './calendar.ts';
import { scheduleRule, type Deadline } from './schedule.ts';
import { formatDeadlines } from './deadline-format.ts';
import { roadmapColumns, rowCells, type RoadmapColumn, type StandardColumnKey } from '../roadmap-columns.ts';
import { ruDate } from '../ru-words.ts';

export interface ScheduledItem {
  item: BuilderItem;
  /** As the template numbers it («2.3»), or its place in the roadmap. */
  number: string;
  deadlines: Deadline[];
  /** The template's rule gives no date inside the chosen period (e.g. «сентябрь 2022» of a two-year plan). */
  outsidePeriod: boolean;
}

export interface ScheduledSection {
  id: string;
  title: string;
  items: ScheduledItem[];
}

/** An item's deadlines: the template's rule scheduled in the period, or what the curator set. */
export function itemDeadlines(
  item: BuilderItem,
  state: Pick<BuilderState, 'start' | 'end' | 'templatePeriod' | 'plansDue'>,
  calendar: WorkCalendar,
): Deadline[] {
  const { deadline } = item;
  switch (deadline.kind) {
    case 'rule':
      return scheduleRule(deadline.rule, {
        start: state.start,
        end: state.end,
        ...(state.templatePeriod ? { templatePeriod: state.templatePeriod } : {}),
        ...(state.plansDue ? { plansDue: state.plansDue } : {}),
        calendar,
      });
    case 'date':
      return [{ kind: 'day', date: deadline.date, by: deadline.by }];
    case 'span':
      return [{ kind: 'span', from: deadline.from, to: deadline.to }];
    case 'text':
      return deadline.text.trim() === '' ? [] : [{ kind: 'text', text: deadline.text.trim() }];
  }
}

export function scheduleState(state: BuilderState, calendar: WorkCalendar): ScheduledSection[] {
  const numbers = itemNumbers(state);
  return state.sections.map((section) => ({
    id: section.id,
    title: section.title,
    items: section.items.map((item) => {
      const deadlines = itemDeadlines(item, state, calendar);
      return {
        item,
        number: numbers.get(item.id)!,
        deadlines,
        outsidePeriod: item.deadline.kind === 'rule' && deadlines.length === 0,
      };
    }),
  }));
}

/** «до 01.10.2026; до 01.10.2027», or why there is no date. */
export function deadlinesText({
  deadlines,
  outsidePeriod,
}: Pick<ScheduledItem, 'deadlines' | 'outsidePeriod'>): string {
  if (deadlines.length > 0) return formatDeadlines(deadlines);
  return outsidePeriod ? 'вне выбранного периода' : 'срок не указан';
}

/** Does the item concern this role or person? Matches a role in either column, or a typed name. */
export function concerns(item: BuilderItem, who: string, people: BuilderState['people']): boolean {
  const roles = [...item.responsible, ...(item.responsibleSchool ?? [])];
  if (roles.includes(who)) return true;
  const roleOfName = people.filter((person) => person.name.trim() === who).map((person) => person.role);
  return roles.some((role) => roleOfName.includes(role));
}

export interface BuilderTable {
  columns: RoadmapColumn[];
  sections: { title: string; rows: string[][] }[];
}

/**
 * The roadmap's columns: the template's own where it named them, else the standard ones — format where any item
 * has one, result where any has one (or always, for the builder's own table, where a result is typed in).
 */
export function builderColumns(
  state: Pick<BuilderState, 'columns' | 'twoLevel' | 'sections'>,
  show: { result?: 'always' | 'whenFilled'; format?: 'always' | 'whenFilled' } = {},
): RoadmapColumn[] {
  if (state.columns) return state.columns;
  const items = state.sections.flatMap((section) => section.items);
  const filled = (field: 'format' | 'result') => items.some((item) => item[field].trim() !== '');
  return roadmapColumns({
    twoLevel: state.twoLevel,
    format: show.format === 'always' || filled('format'),
    result: show.result === 'always' || filled('result'),
  });
}

/** The text of each standard column for one scheduled item, names put beside roles. */
export function standardCells(
  scheduled: ScheduledItem,
  people: BuilderState['people'],
): Record<StandardColumnKey, string> {
  const { item } = scheduled;
  return {
    number: scheduled.number,
    activity: item.activity,
    deadline: deadlinesText(scheduled),
    responsible: withNames(item.responsible, people),
    municipal: withNames(item.responsible, people),
    school: withNames(item.responsibleSchool ?? [], people),
    format: item.format,
    result: item.result,
  };
}

/** The roadmap table with real deadlines, in its own columns. */
export function builderTable(state: BuilderState, scheduled: ScheduledSection[]): BuilderTable {
  const columns = builderColumns(state);
  return {
    columns,
    sections: scheduled.map((section) => ({
      title: section.title,
      rows: section.items.map((s) => rowCells(columns, standardCells(s, state.people), s.item.cells)),
    })),
  };
}

/** «на 2026/2027 учебный год» for one school year, else «на период с 01.09.2026 по 31.08.2028». */
export function builtPeriodText(start: string, end: string): string {
  const year = Number(start.slice(0, 4));
  if (start === `${year}-09-01` && end === `${year + 1}-08-31`) return `на ${year}/${year + 1} учебный год`;
  if (start.endsWith('-09-01') && end.endsWith('-08-31'))
    return `на ${year}/${year + 1} – ${Number(end.slice(0, 4)) - 1}/${end.slice(0, 4)} учебные годы`;
  return `на период с ${ruDate(start)} по ${ruDate(end)}`;
}
