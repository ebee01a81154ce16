// The three roadmap shapes of issue #16 (tests/fixtures/roadmaps), each a data file only: validated, shown in its
// own columns on the page and in the blank, scheduled by the builder with no item dropped, and exported with the
// same columns, numbers and approval block.
import { Packer } from 'docx';
import { describe, expect, test } from 'vitest';
import { readDataEntries } from './data-loader.ts';
import { docxText } from './docx/read.ts';
import { roadmapDocument } from './docx/roadmap.ts';
import { builtRoadmapDocument } from './docx/built-roadmap.ts';
import { roadmapTable } from './roadmap-table.ts';
import { addItem, itemNumbers, newRoadmap } from './roadmap-builder/state.ts';
import { builderTable, scheduleState } from './roadmap-builder/table.ts';
import { calendarEvents, spreadsheetRows } from './roadmap-builder/exports.ts';
import { builtApprovalLines } from './roadmap-builder/approval.ts';
import { workCalendar } from './roadmap-builder/calendar.ts';
import { roadmapTemplate, type RoadmapTemplate } from '../schemas/roadmap.ts';

const shapes = new Map(
  readDataEntries('tests/fixtures/roadmaps', roadmapTemplate).map((e) => [e.id, e.data as unknown as RoadmapTemplate]),
);
const calendar = workCalendar([]);
const docx = async (document: Parameters<typeof Packer.toBuffer>[0]) =>
  docxText(new Uint8Array(await Packer.toBuffer(document)));
const build = (id: string) => {
  const state = newRoadmap(id, shapes.get(id)!, { start: '2026-09-01', end: '2027-08-31', id: 'shape' });
  return { state, scheduled: scheduleState({ ...state, organisation: 'МБОУ «СОШ № 1»' }, calendar) };
};

const headings: [string, string[]][] = [
  ['po-etapam', ['Наименование этапа', 'Мероприятия', 'Содержание деятельности', 'Сроки', 'Ответственные']],
  [
    'sistema-pedagogov',
    [
      '№',
      'Мероприятия',
      'Содержание деятельности и примерный план мероприятий',
      'Сроки',
      'Ответственный',
      'Ожидаемый результат',
    ],
  ],
  ['utverzhdayu', ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный (исполнитель)', 'Результат, вид документа']],
];

describe.each(headings)('%s', (id, expected) => {
  test('validates as a template file', () => expect(shapes.get(id)).toBeDefined());

  test('the page, the blank and the built roadmap show its own headings', async () => {
    expect(roadmapTable(shapes.get(id)!, 2027).columns.map((c) => c.heading)).toEqual(expected);
    const { state, scheduled } = build(id);
    expect(builderTable(state, scheduled).columns.map((c) => c.heading)).toEqual(expected);
    const blank = await docx(roadmapDocument(shapes.get(id)!, 2027));
    const built = await docx(builtRoadmapDocument(state, builderTable(state, scheduled)));
    for (const heading of expected) {
      expect(blank).toContain(heading);
      expect(built).toContain(heading);
    }
  });

  test('the builder schedules every item: none dropped, none «вне выбранного периода»', () => {
    const { scheduled } = build(id);
    const items = scheduled.flatMap((s) => s.items);
    expect(items).toHaveLength(shapes.get(id)!.sections.flatMap((s) => s.items).length);
    for (const item of items) {
      expect(item.outsidePeriod).toBe(false);
      expect(item.deadlines.length).toBeGreaterThan(0);
    }
  });

  test('the spreadsheet has its columns, with first and last days after the deadline', () => {
    const { state, scheduled } = build(id);
    const head = spreadsheetRows(state, scheduled)[0]!;
    // A template in the standard columns keeps every one of them in the sheet, «Формат» too.
    const columns = shapes.get(id)!.columns ? expected : [...expected.slice(0, -1), 'Формат', ...expected.slice(-1)];
    const deadline = columns.findIndex((h) => ['Сроки', 'Срок'].includes(h));
    expect(head).toEqual([
      'Раздел',
      ...columns.slice(0, deadline + 1),
      'Начало',
      'Окончание',
      ...columns.slice(deadline + 1),
    ]);
  });
});

test("a template column's text reaches the table and the calendar under its heading", () => {
  const { state, scheduled } = build('po-etapam');
  const row = builderTable(state, scheduled).sections[0]!.rows[0]!;
  expect(row[0]).toBe('Подготовка условий для запуска программы наставничества');
  expect(row[2]).toContain('Издание приказа о внедрении');
  const [event] = calendarEvents(state, scheduled);
  expect(event!.description).toContain('Содержание деятельности: Издание приказа о внедрении');
});

test('launch rows dated «февраль 2022», «март 2022» go to the start of a plan from 2026 and say so', () => {
  const { state, scheduled } = build('sistema-pedagogov');
  const rows = builderTable(state, scheduled).sections[0]!.rows;
  expect(rows[0]![3]).toBe(
    '01.09.2026\u00a0– 30.09.2026 (перенесено на начало плана: в шаблоне срок раньше его начала)',
  );
  expect(rows[1]![3]).toBe('до\u00a001.09.2026 (перенесено на начало плана: в шаблоне срок раньше его начала)');
  // «ежегодно до 30 июня» in the one school year of the plan.
  expect(builderTable(state, scheduled).sections[1]!.rows[1]![3]).toBe('до\u00a030.06.2027');
});

test('numbers stay as the template has them, and a row added after «б» is «в»', () => {
  const { state } = build('utverzhdayu');
  expect([...itemNumbers(state).values()]).toEqual(['1.1.1', '1.1.2', 'а', 'б', '1.a']);
  const added = addItem(state, state.sections[1]!.id);
  expect(itemNumbers(added.state).get(added.itemId)).toBe('в');
  const again = addItem(added.state, state.sections[0]!.id);
  expect(itemNumbers(again.state).get(again.itemId)).toBe('1.1.3');
});

test('«УТВЕРЖДАЮ» with the position, the organisation in the genitive, the signature, name and date', async () => {
  const { state, scheduled } = build('utverzhdayu');
  const signed = {
    ...state,
    organisation: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»',
    head: 'Соколова Е. В.',
    approval: { date: '2026-08-31', number: '' },
  };
  expect(builtApprovalLines(signed)).toEqual([
    'УТВЕРЖДАЮ',
    'Директор Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 1»',
    '____________ / Соколова Е. В. /',
    '31.08.2026',
  ]);
  const text = await docx(builtRoadmapDocument(signed, builderTable(signed, scheduled)));
  expect(text).toContain('УТВЕРЖДАЮ');
  expect(text).not.toContain('УТВЕРЖДЕНА');
  expect(text).toContain('1.1.2');
  expect(await docx(roadmapDocument(shapes.get('utverzhdayu')!, 2027))).toContain('УТВЕРЖДАЮ');
});

describe('template columns the schema refuses', () => {
  const base = {
    title: 'План',
    purpose: 'Проверка',
    level: 'school',
    sections: [
      { title: 'Раздел', items: [{ activity: 'А', deadline: { kind: 'wholePeriod' }, responsible: ['Куратор'] }] },
    ],
  };
  test.each<[string, object, string]>([
    [
      'an own column without a heading',
      { columns: [{ key: 'activity' }, { key: 'deadline' }, { key: 'stage' }] },
      'нужен заголовок',
    ],
    [
      'a column named twice',
      { columns: [{ key: 'activity' }, { key: 'deadline' }, { key: 'deadline' }] },
      'назван дважды',
    ],
    ['no deadline column', { columns: [{ key: 'number' }, { key: 'activity' }] }, 'Нужен столбец «deadline»'],
    [
      'text for a column the template lacks',
      {
        sections: [
          {
            title: 'Р',
            items: [{ activity: 'А', deadline: { kind: 'wholePeriod' }, responsible: ['К'], cells: { stage: 'x' } }],
          },
        ],
      },
      'Столбца «stage» нет',
    ],
  ])('%s', (_what, change, message) => {
    const result = roadmapTemplate.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});
