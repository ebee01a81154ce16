import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { builtRoadmapDocument } from '../docx/built-roadmap.ts';
import { docxText } from '../docx/read.ts';
import { holidayYear } from '../../schemas/holidays.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { workCalendar } from './calendar.ts';
import { calendarEvents, spreadsheetRows } from './exports.ts';
import { calendarFile } from '../ics.ts';
import { addItem, newRoadmap, updateItem, type BuilderState } from './state.ts';
import { builderTable, builtPeriodText, concerns, scheduleState } from './table.ts';

const calendar = workCalendar(
  readDataEntries('src/content/holidays', holidayYear).map((e) => holidayYear.parse(e.data)),
);
const templates = readDataEntries('src/content/roadmaps', roadmapTemplate).map((e) => ({
  id: e.id,
  data: roadmapTemplate.parse(e.data),
}));
const build = (id: string, start = '2026-09-01', end = '2027-08-31'): BuilderState => {
  const template = templates.find((t) => t.id === id)!;
  const state = newRoadmap(id, template.data, { start, end, id: 'rm1', organisation: 'МБОУ «СОШ № 7»' });
  return { ...state, people: state.people.map((p) => (p.role === 'Директор' ? { ...p, name: 'Соколова Е. В.' } : p)) };
};

describe('builtPeriodText', () => {
  it.each([
    ['2026-09-01', '2027-08-31', 'на 2026/2027 учебный год'],
    ['2026-09-01', '2030-08-31', 'на 2026/2027 – 2029/2030 учебные годы'],
    ['2026-10-15', '2027-10-14', 'на период с 15.10.2026 по 14.10.2027'],
  ])('%s – %s', (start, end, text) => expect(builtPeriodText(start, end)).toBe(text));
});

describe('every template built for 2026/2027', () => {
  it.each(templates.map((t) => t.id))('%s: no date outside the period, every item has a row', (id) => {
    const state = build(id);
    const scheduled = scheduleState(state, calendar);
    for (const section of scheduled) {
      for (const { deadlines } of section.items) {
        for (const d of deadlines) {
          if (d.kind === 'day') expect(d.date >= state.start && d.date <= state.end, d.date).toBe(true);
          if (d.kind === 'span')
            expect(d.from >= state.start && d.to <= state.end && d.from <= d.to, `${d.from}–${d.to}`).toBe(true);
        }
      }
    }
    const table = builderTable(state, scheduled);
    expect(table.sections.flatMap((s) => s.rows)).toHaveLength(state.sections.flatMap((s) => s.items).length);
    for (const row of table.sections.flatMap((s) => s.rows)) expect(row).toHaveLength(table.columns.length);
    const rows = spreadsheetRows(state, scheduled);
    expect(rows[0]).toContain('Начало');
    for (const row of rows.slice(1)) {
      for (const cell of [row[4], row[5]]) if (cell !== null) expect(cell).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    }
  });
});

describe('the school roadmap', () => {
  const state = build('shkolnaya-dorozhnaya-karta');
  const scheduled = scheduleState(state, calendar);
  const table = builderTable(state, scheduled);
  const rows = table.sections.flatMap((s) => s.rows);

  it('puts names beside roles and real dates in the deadline column', () => {
    expect(rows[0]).toEqual([
      '1.1',
      expect.stringContaining('Назначение куратора'),
      'до\u00a001.10.2026',
      'Директор (Соколова Е. В.)',
      'Приказ ОО',
    ]);
  });

  it('filters by a role or by a name', () => {
    const items = state.sections.flatMap((s) => s.items);
    const director = items.filter((item) => concerns(item, 'Директор', state.people));
    expect(director.length).toBeGreaterThan(0);
    expect(items.filter((item) => concerns(item, 'Соколова Е. В.', state.people))).toEqual(director);
    expect(items.filter((item) => concerns(item, 'Никто', state.people))).toEqual([]);
  });

  it('uses the curator’s own deadlines and says when there is none', () => {
    const firstId = state.sections[0]!.items[0]!.id;
    let edited = updateItem(state, firstId, { deadline: { kind: 'span', from: '2026-09-07', to: '2026-09-18' } });
    const added = addItem(edited, state.sections[0]!.id);
    edited = added.state;
    const editedRows = builderTable(edited, scheduleState(edited, calendar)).sections[0]!.rows;
    expect(editedRows[0]![2]).toBe('07.09.2026\u00a0– 18.09.2026');
    expect(editedRows.at(-1)![2]).toBe('срок не указан');
  });

  it('gives calendar events stable UIDs, one per dated deadline', () => {
    const events = calendarEvents(state, scheduled);
    const dated = scheduled.flatMap((s) => s.items.flatMap((i) => i.deadlines.filter((d) => d.kind !== 'text')));
    expect(events).toHaveLength(dated.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const renamed = updateItem(state, state.sections[0]!.items[0]!.id, { activity: 'Другое название' });
    expect(calendarEvents(renamed, scheduleState(renamed, calendar)).map((e) => e.uid)).toEqual(
      events.map((e) => e.uid),
    );
    const ics = calendarFile({ name: 'МБОУ «СОШ № 7»: дорожная карта', events, stamp: '2026-11-23T10:00:00Z' });
    expect(ics).toContain('UID:rm1-i2-1@nastavnik');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
  });

  it('writes a Word document with the approval block, the organisation and the dates', async () => {
    const approved = { ...state, approval: { date: '2026-08-28', number: '115-о' }, head: 'Соколова Е. В.' };
    const bytes = new Uint8Array(await (await Packer.toBlob(builtRoadmapDocument(approved, table))).arrayBuffer());
    const text = docxText(bytes);
    expect(text).toContain('УТВЕРЖДЕНА');
    expect(text).toContain('приказом директора МБОУ «СОШ № 7»');
    expect(text).toContain('от 28.08.2026 № 115-о');
    expect(text).toContain('на 2026/2027 учебный год');
    expect(text).toContain('до\u00a001.10.2026');
    expect(text).toContain('Директор (Соколова Е. В.)');
    expect(text).toContain('Руководитель организации');
  });

  it('puts a full name into the approval line in the genitive, or the genitive the user wrote', async () => {
    const organisation = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»';
    const named = { ...state, organisation };
    const read = async (s: typeof state) =>
      docxText(new Uint8Array(await (await Packer.toBlob(builtRoadmapDocument(s, table))).arrayBuffer()));
    const text = await read(named);
    expect(text).toContain(
      'приказом директора Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»',
    );
    // The title page keeps the name as it is.
    expect(text).toContain(`\n${organisation}\n`);
    expect(await read({ ...named, organisationGenitive: 'МБОУ «Средняя школа № 5»' })).toContain(
      'приказом директора МБОУ «Средняя школа № 5»',
    );
  });
});

describe('the two-level roadmap', () => {
  it('keeps two executor columns', () => {
    const state = build('municipalnaya-dvuhurovnevaya');
    const table = builderTable(state, scheduleState(state, calendar));
    expect(table.columns.map((c) => c.heading)).toContain('Исполнитель: уровень образовательной организации');
    expect(spreadsheetRows(state, scheduleState(state, calendar))[0]).toContain(
      'Исполнитель: уровень образовательной организации',
    );
  });
});
