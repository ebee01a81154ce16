import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { roadmapTemplate, type RoadmapTemplate } from '../../schemas/roadmap.ts';
import {
  addItem,
  approvalAuthority,
  renameOrganisation,
  addSection,
  defaultPeriod,
  itemNumbers,
  mergePeople,
  moveItem,
  moveSection,
  newRoadmap,
  removeItem,
  removeSection,
  renameSection,
  restore,
  rolesOf,
  settingsErrors,
  updateItem,
  withNames,
  type BuilderState,
} from './state.ts';

const templates = readDataEntries('src/content/roadmaps', roadmapTemplate).map((entry) => ({
  id: entry.id,
  data: roadmapTemplate.parse(entry.data),
}));
const school = templates.find((t) => t.id === 'shkolnaya-dorozhnaya-karta')!;
const twoLevel = templates.find((t) => t.id === 'municipalnaya-dvuhurovnevaya')!;

const tiny: RoadmapTemplate = roadmapTemplate.parse({
  title: 'План',
  purpose: 'Проверка',
  level: 'school',
  sections: [
    {
      title: 'Первый',
      items: [
        { number: '1', activity: 'А', deadline: { kind: 'wholePeriod' }, responsible: ['Куратор'] },
        { number: '2', activity: 'Б', deadline: { kind: 'wholePeriod' }, responsible: ['Директор', 'Куратор'] },
      ],
    },
    {
      title: 'Второй',
      items: [{ number: '3', activity: 'В', deadline: { kind: 'wholePeriod' }, responsible: ['Наставник'] }],
    },
  ],
});
const make = (): BuilderState => newRoadmap('tiny', tiny, { start: '2026-09-01', end: '2027-08-31', id: 'test' });
const order = (state: BuilderState) =>
  state.sections.map((s) => `${s.title}:${s.items.map((i) => i.activity).join('')}`).join(' ');

describe('newRoadmap', () => {
  it.each(templates.map((t) => [t.id, t.data] as const))(
    '%s keeps every section and item of the template',
    (id, template) => {
      const state = newRoadmap(id, template, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
      expect(state.sections.map((s) => s.items.length)).toEqual(template.sections.map((s) => s.items.length));
      expect(state.sections.flatMap((s) => s.items.map((i) => i.activity))).toEqual(
        template.sections.flatMap((s) => s.items.map((i) => i.activity)),
      );
      const ids = [...state.sections.map((s) => s.id), ...state.sections.flatMap((s) => s.items.map((i) => i.id))];
      expect(new Set(ids).size).toBe(ids.length);
      expect(state.people.map((p) => p.role)).toEqual(rolesOf(state));
    },
  );

  it('splits the executors of a two-level roadmap', () => {
    const state = newRoadmap(twoLevel.id, twoLevel.data, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
    expect(state.twoLevel).toBe(true);
    expect(state.sections.flatMap((s) => s.items).every((i) => Array.isArray(i.responsibleSchool))).toBe(true);
    expect(rolesOf(state)).toContain('Координатор');
  });

  it('fills names given for roles', () => {
    const state = newRoadmap('tiny', tiny, {
      start: '2026-09-01',
      end: '2027-08-31',
      id: 'x',
      people: [{ role: 'Наставник', name: 'Иванова А. П.' }],
    });
    expect(state.people).toEqual([
      { role: 'Куратор', name: '' },
      { role: 'Директор', name: '' },
      { role: 'Наставник', name: 'Иванова А. П.' },
    ]);
    expect(withNames(['Наставник', 'Куратор'], state.people)).toBe('Наставник (Иванова А. П.), Куратор');
  });
});

describe('periods', () => {
  it.each([
    [school.data, 2026, { start: '2026-09-01', end: '2030-08-31' }],
    [tiny, 2026, { start: '2026-09-01', end: '2027-08-31' }],
  ])('default period %#', (template, year, period) => expect(defaultPeriod(template, year)).toEqual(period));
});

describe('settingsErrors', () => {
  const ok = {
    organisation: 'МБОУ «СОШ № 1»',
    start: '2026-09-01',
    end: '2027-08-31',
    approval: { date: '', number: '' },
  };
  it.each([
    ['nothing wrong', ok, {}],
    [
      'no organisation',
      { ...ok, organisation: '  ' },
      { organisation: expect.stringContaining('название организации') },
    ],
    ['end before start', { ...ok, end: '2026-08-31' }, { end: expect.stringContaining('раньше, чем начинается') }],
    ['impossible start', { ...ok, start: '2026-02-30' }, { start: expect.stringContaining('настоящую дату') }],
    ['year 0202', { ...ok, start: '0202-09-01' }, { start: expect.stringContaining('настоящую дату') }],
    ['empty end', { ...ok, end: '' }, { end: expect.stringContaining('дату окончания') }],
    ['eleven years', { ...ok, end: '2037-08-31' }, { end: expect.stringContaining('десяти лет') }],
    [
      'bad approval date',
      { ...ok, approval: { date: '2026-13-01', number: '1' } },
      { approvalDate: expect.any(String) },
    ],
  ])('%s', (_name, input, expected) => expect(settingsErrors(input)).toEqual(expected));
});

describe('edits', () => {
  it.each<[string, (s: BuilderState) => BuilderState, string]>([
    ['item down', (s) => moveItem(s, 'i2', 1), 'Первый:БА Второй:В'],
    ['first item up stays', (s) => moveItem(s, 'i2', -1), 'Первый:АБ Второй:В'],
    ['last item of a section down crosses', (s) => moveItem(s, 'i3', 1), 'Первый:А Второй:БВ'],
    ['first item of a section up crosses', (s) => moveItem(s, 'i5', -1), 'Первый:АБВ Второй:'],
    ['last item down stays', (s) => moveItem(s, 'i5', 1), 'Первый:АБ Второй:В'],
    ['section up', (s) => moveSection(s, 's4', -1), 'Второй:В Первый:АБ'],
    ['section past the end stays', (s) => moveSection(s, 's4', 1), 'Первый:АБ Второй:В'],
    ['rename', (s) => renameSection(s, 's1', 'Подготовка'), 'Подготовка:АБ Второй:В'],
    ['edit an item', (s) => updateItem(s, 'i3', { activity: 'Б2' }), 'Первый:АБ2 Второй:В'],
    ['add a section', (s) => addSection(s, 'Третий'), 'Первый:АБ Второй:В Третий:'],
    [
      'remove and restore an item',
      (s) => restore(removeItem(s, 'i2').state, removeItem(s, 'i2').removed!),
      'Первый:АБ Второй:В',
    ],
    [
      'remove and restore a section',
      (s) => restore(removeSection(s, 's1').state, removeSection(s, 's1').removed!),
      'Первый:АБ Второй:В',
    ],
    ['remove an item', (s) => removeItem(s, 'i3').state, 'Первый:А Второй:В'],
  ])('%s', (_name, edit, expected) => expect(order(edit(make()))).toBe(expected));

  it('adds an item with a fresh id and numbers items through the roadmap', () => {
    const { state, itemId } = addItem(make(), 's1');
    expect(itemId).toBe('i6');
    expect(state.nextId).toBe(7);
    expect([...itemNumbers(state).entries()]).toEqual([
      ['i2', '1'],
      ['i3', '2'],
      ['i6', '3'],
      ['i5', '4'],
    ]);
  });

  it('moving a row keeps the numbers in order: within a section they swap, into another it takes the next one', () => {
    const state = newRoadmap(school.id, school.data, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
    const [first, second] = state.sections[0]!.items;
    const down = moveItem(state, first!.id, 1);
    expect(down.sections[0]!.items.slice(0, 2).map((item) => [item.id, item.number])).toEqual([
      [second!.id, '1.1'],
      [first!.id, '1.2'],
    ]);
    const back = moveItem(state, state.sections[1]!.items[0]!.id, -1);
    expect(back.sections[0]!.items.at(-1)!.number).toBe(`1.${state.sections[0]!.items.length + 1}`);
  });

  it("keeps the template's numbers and numbers an added row after the last of its section", () => {
    const state = newRoadmap(school.id, school.data, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
    const numbers = itemNumbers(state);
    const second = state.sections[1]!;
    expect(second.items.map((item) => numbers.get(item.id))).toEqual(
      school.data.sections[1]!.items.map((item) => item.number),
    );
    const added = addItem(state, second.id);
    const last = school.data.sections[1]!.items.at(-1)!.number!;
    expect(itemNumbers(added.state).get(added.itemId)).toBe(`2.${Number(last.split('.')[1]) + 1}`);
  });

  it('removing a row closes up the numbers after it at once; «Вернуть» gives every row its number back', () => {
    const state = newRoadmap(school.id, school.data, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
    const second = state.sections[1]!;
    const numbersOf = (s: BuilderState) => second.items.map((item) => itemNumbers(s).get(item.id) ?? '—');
    const before = numbersOf(state);
    const { state: without, removed } = removeItem(state, second.items[1]!.id);
    expect(numbersOf(without)).toEqual([before[0], '—', ...before.slice(1, -1)]);
    expect(removed).toMatchObject({ kind: 'item', renumbered: expect.arrayContaining([expect.anything()]) });
    expect(numbersOf(restore(without, removed!))).toEqual(before);
  });

  it('removing a section closes up the sections after it; «Вернуть» gives them their numbers back', () => {
    const state = newRoadmap(school.id, school.data, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
    const third = state.sections[2]!.items[0]!;
    const before = itemNumbers(state).get(third.id)!;
    expect(before.startsWith('3.')).toBe(true);
    const { state: without, removed } = removeSection(state, state.sections[1]!.id);
    expect(itemNumbers(without).get(third.id)).toBe(`2.${before.slice(2)}`);
    expect(itemNumbers(restore(without, removed!)).get(third.id)).toBe(before);
  });

  it('«Вернуть» leaves a number the curator typed after the removal', () => {
    const state = newRoadmap(school.id, school.data, { start: '2026-09-01', end: '2027-08-31', id: 'x' });
    const [, b, c] = state.sections[1]!.items;
    const { state: without, removed } = removeItem(state, b!.id);
    const typed = updateItem(without, c!.id, { number: '2.9' });
    expect(itemNumbers(restore(typed, removed!)).get(c!.id)).toBe('2.9');
  });

  it('restores an item of a removed section at the end of the last one', () => {
    const { state, removed } = removeItem(make(), 'i2');
    const without = removeSection(state, 's1').state;
    expect(order(restore(without, removed!))).toBe('Второй:ВА');
  });

  it('keeps names of roles no longer used', () => {
    expect(
      mergePeople(
        ['Куратор'],
        [
          { role: 'Старая роль', name: 'Петров' },
          { role: 'Пустая', name: '' },
        ],
      ),
    ).toEqual([
      { role: 'Куратор', name: '' },
      { role: 'Старая роль', name: 'Петров' },
    ]);
  });
});

describe('the approval line', () => {
  const base = { approvedBy: 'приказом директора', organisation: 'Лицей № 2' };
  it.each([
    [base, 'приказом директора Лицея № 2'],
    [{ ...base, organisation: 'МБОУ «СОШ № 1»' }, 'приказом директора МБОУ «СОШ № 1»'],
    [{ ...base, organisationGenitive: 'Лицея № 2 г. Заречного' }, 'приказом директора Лицея № 2 г. Заречного'],
    [{ ...base, organisationGenitive: '  ' }, 'приказом директора Лицея № 2'],
    [{ ...base, organisation: '' }, 'приказом директора'],
  ])('%o → %s', (state, expected) => expect(approvalAuthority(state)).toBe(expected));

  it('forgets a corrected genitive when the organisation is renamed', () => {
    const state = {
      ...newRoadmap(school.id, school.data, {
        start: '2026-09-01',
        end: '2027-08-31',
        id: 'a',
        organisation: 'Лицей № 2',
      }),
      organisationGenitive: 'Лицея № 2',
    };
    const renamed = renameOrganisation(state, 'Гимназия № 3');
    expect(renamed.organisationGenitive).toBeUndefined();
    expect(approvalAuthority(renamed)).toBe(`${state.approvedBy} Гимназии № 3`);
  });
});
