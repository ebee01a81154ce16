// The built roadmap as a spreadsheet's rows and as calendar events. The Word document is in
// src/lib/docx/built-roadmap.ts; all three read the same scheduled items.
import { downloadName, surnameOf } from '../download-name.ts';
import type { Cell } from '../table-export/cell.ts';
import { extraColumns, rowCells } from '../roadmap-columns.ts';
import { ruDate } from '../ru-words.ts';
import { firstDay, lastDay } from './schedule.ts';
import type { CalendarEvent } from '../ics.ts';
import { withNames, type BuilderState } from './state.ts';
import { builderColumns, standardCells, type ScheduledSection } from './table.ts';

/** One row per item: its section, the roadmap's columns, and the first and last day after the deadline. */
export function spreadsheetRows(state: BuilderState, scheduled: ScheduledSection[]): Cell[][] {
  // The roadmap's own columns (every one: a spreadsheet keeps its shape whatever is filled), with the section
  // before them and the first and last day after the deadline, so the sheet sorts and filters by date.
  const columns = builderColumns(state, { format: 'always', result: 'always' });
  const split = columns.findIndex((c) => c.key === 'deadline') + 1;
  const headings = columns.map((c) => c.heading);
  const head: Cell[] = ['Раздел', ...headings.slice(0, split), 'Начало', 'Окончание', ...headings.slice(split)];
  const rows = scheduled.flatMap((section) =>
    section.items.map((scheduledItem): Cell[] => {
      const dated = scheduledItem.deadlines.filter((d) => d.kind !== 'text');
      const starts = dated.map(firstDay).sort();
      const ends = dated
        .map(lastDay)
        .filter((d): d is string => d !== null)
        .sort();
      const cells = rowCells(columns, standardCells(scheduledItem, state.people), scheduledItem.item.cells);
      return [
        section.title,
        ...cells.slice(0, split),
        starts[0] ? ruDate(starts[0]) : null,
        ends.at(-1) ? ruDate(ends.at(-1)!) : null,
        ...cells.slice(split),
      ];
    }),
  );
  return [head, ...rows];
}

/** The lines of an event's description: the roadmap, the item, who answers for it, its result and own columns. */
function eventDescription(
  state: BuilderState,
  section: ScheduledSection,
  scheduled: ScheduledSection['items'][number],
) {
  const { item, number } = scheduled;
  const columns = builderColumns(state);
  const heading = (key: string, fallback: string) => columns.find((c) => c.key === key)?.heading ?? fallback;
  return [
    `${state.organisation}: ${state.title}`,
    `Пункт ${number}. ${section.title}`,
    item.responsible.length > 0 ? `Ответственный: ${withNames(item.responsible, state.people)}` : '',
    item.responsibleSchool?.length ? `Исполнитель в ОО: ${withNames(item.responsibleSchool, state.people)}` : '',
    ...extraColumns(columns).map((c) => (item.cells?.[c.key] ? `${c.heading}: ${item.cells[c.key]}` : '')),
    item.result ? `${heading('result', 'Результат')}: ${item.result}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * An all-day calendar event per dated deadline, with a reminder a week before. The UID is the roadmap's id,
 * the item's id and the occurrence's place among the item's dates: the same roadmap exported again updates
 * the events in a calendar instead of adding copies, even after its activities are renamed or its dates change.
 */
export function calendarEvents(state: BuilderState, scheduled: ScheduledSection[]): CalendarEvent[] {
  return scheduled.flatMap((section) =>
    section.items.flatMap((entry) =>
      entry.deadlines
        .filter((deadline) => deadline.kind !== 'text')
        .map(
          (deadline, index): CalendarEvent => ({
            uid: `${state.id}-${entry.item.id}-${index + 1}@nastavnik`,
            title: entry.item.activity.trim() || `Мероприятие ${entry.number}`,
            description: eventDescription(state, section, entry),
            days: { from: firstDay(deadline), to: lastDay(deadline)! },
            // A week before the event begins: for a span, a week before the work on it starts.
            remindDaysBefore: 7,
          }),
        ),
    ),
  );
}

/** Roles whose people a pair's plan is about: the plan's file carries their surnames. */
const pairRoles = /^(наставник|наставляем|молод)/i;

/**
 * A file name that tells one roadmap from another in a Downloads folder: a pair's plan by the pair's surnames
 * («plan-gromova-ivanova-2026-10-19.docx»), any other roadmap by its organisation and first day
 * («dorozhnaya-karta-mbou-ssh-5-2026-09-01.docx»).
 */
export function exportFileName(state: BuilderState, extension: string): string {
  const pair = state.people.filter((person) => pairRoles.test(person.role.trim()) && person.name.trim());
  if (pair.length > 0)
    return downloadName(['plan', ...pair.map((person) => surnameOf(person.name)), state.start], extension);
  return downloadName(['dorozhnaya-karta', state.organisation, state.start], extension);
}
