import { describe, expect, it } from 'vitest';
import { readDataEntries } from './data-loader.ts';
import { roadmapColumns } from './roadmap-columns.ts';
import { roadmapTable } from './roadmap-table.ts';
import { builderTable, scheduleState } from './roadmap-builder/table.ts';
import { newRoadmap } from './roadmap-builder/state.ts';
import { workCalendar } from './roadmap-builder/calendar.ts';
import { spreadsheetRows } from './roadmap-builder/exports.ts';
import { roadmapTemplate } from '../schemas/roadmap.ts';

describe('roadmapColumns', () => {
  it.each([
    [{ twoLevel: false, format: false, result: false }, ['number', 'activity', 'deadline', 'responsible']],
    [
      { twoLevel: false, format: true, result: true },
      ['number', 'activity', 'deadline', 'responsible', 'format', 'result'],
    ],
    [
      { twoLevel: true, format: false, result: true },
      ['number', 'activity', 'deadline', 'municipal', 'school', 'result'],
    ],
  ])('%j → %j', (choice, keys) => expect(roadmapColumns(choice).map((c) => c.key)).toEqual(keys));

  // The copies this replaced disagreed: the templates' table had «Срок» 14 and «Ответственный» 18, the builder's 15 and 19.
  it('gives one width to each column whoever draws the table', () => {
    const widths = Object.fromEntries(
      roadmapColumns({ twoLevel: false, format: true, result: true }).map((c) => [c.key, c.width]),
    );
    expect(widths).toEqual({ number: 6, activity: 34, deadline: 15, responsible: 19, format: 14, result: 22 });
  });
});

describe('every roadmap table takes its columns from roadmapColumns', () => {
  const entries = readDataEntries('src/content/roadmaps', roadmapTemplate);
  const templates = entries.map((e) => [e.id, roadmapTemplate.parse(e.data)] as const);
  it.each(templates)('%s: the template page, the builder and the spreadsheet agree', (id, template) => {
    const page = roadmapTable(template);
    const state = newRoadmap(id, template, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
    const built = builderTable(state, scheduleState(state, workCalendar([])));
    const all = roadmapColumns({ twoLevel: state.twoLevel, format: true, result: true });
    for (const table of [page, built]) {
      for (const column of table.columns) expect(all).toContainEqual(column);
    }
    const sheetHead = spreadsheetRows(state, scheduleState(state, workCalendar([])))[0]!;
    expect(sheetHead).toEqual([
      'Раздел',
      '№ п/п',
      'Мероприятие',
      'Срок',
      'Начало',
      'Окончание',
      ...all.slice(3).map((c) => c.heading),
    ]);
  });
});
