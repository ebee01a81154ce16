import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codeMaker,
  emptyMentee,
  emptyMentor,
  menteesFromQuestionnaires,
  mentorsFromDistrict,
  peopleFromRows,
  questionnaireTopicsOf,
} from './import.ts';
import { matchPairs } from './match.ts';
import { orderValues, peopleOf, planLink, resultCsv } from './output.ts';
import { openState, type KeyValueStore } from '../state/store.ts';
import {
  initialState,
  limitError,
  maxPeople,
  pairsSpec,
  projectJson,
  readProject,
  sanitiseState,
  settingsFromHash,
  settingsHash,
  storageKey,
} from './storage.ts';
import type { PairsState } from './types.ts';
import { Packer } from 'docx';
import { form as formSchema, type Form } from '../../schemas/form.ts';
import { readDataEntries } from '../data-loader.ts';
import { formDocument } from '../docx/form.ts';
import { docxText } from '../docx/read.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/pairs/${name}`, 'utf8');

describe('codes', () => {
  it.each([
    [[], 'НЯ-001'],
    [['НЯ-007', 'x'], 'НЯ-008'],
    [['НЯ-2'], 'НЯ-003'],
  ])('after %j comes %s', (existing, next) => {
    expect(codeMaker('mentees', existing)()).toBe(next);
  });
});

describe('peopleFromRows', () => {
  it('reads mentees by their column names, in any order, and gives codes to rows without one', () => {
    const { rows, messages } = peopleFromRows(
      'mentees',
      [
        ['Запросы', 'ФИО', 'Школа'],
        ['ИКТ', 'Лесная Д. А.', 'Школа № 1'],
        ['', '', ''],
        ['ОВЗ', 'Травин К. О.', ''],
      ],
      [],
    );
    expect(messages).toEqual([]);
    expect(rows).toEqual([
      { ...emptyMentee('НЯ-001'), name: 'Лесная Д. А.', school: 'Школа № 1', topics: 'ИКТ' },
      { ...emptyMentee('НЯ-002'), name: 'Травин К. О.', topics: 'ОВЗ' },
    ]);
  });

  it('reads mentors: «Сколько наставляемых» is the number of places, not a name', () => {
    const { rows } = peopleFromRows(
      'mentors',
      [['Наставник', 'Может помочь', 'Сколько наставляемых может взять', 'Должность']],
      [],
    );
    expect(rows).toEqual([]);
    const read = peopleFromRows(
      'mentors',
      [
        ['Наставник', 'Может помочь', 'Сколько наставляемых может взять'],
        ['Светлова И. П.', 'ИКТ', '2'],
      ],
      [],
    );
    expect(read.rows).toEqual([{ ...emptyMentor('НС-001'), name: 'Светлова И. П.', topics: 'ИКТ', capacity: '2' }]);
  });

  it('refuses a table without column names and says what it found', () => {
    const { rows, messages } = peopleFromRows('mentees', [['Иванов', 'ИКТ']], []);
    expect(rows).toEqual([]);
    expect(messages[0]).toContain('Найдено: «Иванов», «ИКТ». Ничего не добавлено.');
  });

  it('skips codes already in the list, so loading a file twice does not double it', () => {
    const first = peopleFromRows(
      'mentees',
      [
        ['Код', 'Темы'],
        ['a', 'ИКТ'],
      ],
      [],
    );
    const again = peopleFromRows(
      'mentees',
      [
        ['Код', 'Темы'],
        ['A', 'ИКТ'],
      ],
      first.rows,
    );
    expect(again.rows).toEqual([]);
    expect(again.messages[0]).toContain('пропущено: 1');
  });
});

describe('questionnaires', () => {
  it('takes the chosen topics and those rated low', () => {
    expect(
      questionnaireTopicsOf({ 'help-topics': ['Оценивание'], discipline: '2', digital: '3', time: '1', parents: '' }),
    ).toEqual(['Оценивание', 'Дисциплина и мотивация обучающихся', 'Распределение времени и нагрузки']);
  });

  it('reads a file of the form filler', () => {
    const { rows, messages } = menteesFromQuestionnaires(
      [{ name: 'a.json', text: fixture('anketa-deficity.json') }],
      [],
    );
    expect(messages).toEqual([]);
    expect(rows).toEqual([
      {
        code: 'НЯ-001',
        name: 'Ключева Анна Романовна',
        school: 'Школа № 2',
        category: 'молодой педагог',
        form: 'учитель – учитель',
        topics: 'Цифровые инструменты; Дисциплина и мотивация обучающихся',
      },
    ]);
  });

  it.each([
    ['not JSON', '{', 'не читается'],
    ['another format', '{"format":"x"}', 'нет отметки «nastavnik-form»'],
    [
      'another form',
      '{"format":"nastavnik-form","form":"anketa-nastavnika","title":"Анкета наставника","values":{}}',
      'это «Анкета наставника»',
    ],
    [
      'a May copy',
      '{"format":"nastavnik-form","form":"anketa-professionalnye-deficity","values":{"stage":"В конце учебного года (май)"}}',
      'в конце учебного года',
    ],
  ])('refuses %s with a message and keeps going', (_name, text, message) => {
    const { rows, messages } = menteesFromQuestionnaires(
      [
        { name: 'bad.json', text },
        { name: 'good.json', text: fixture('anketa-deficity.json') },
      ],
      [],
    );
    expect(messages[0]).toContain(message);
    expect(rows).toHaveLength(1);
  });
});

describe('mentorsFromDistrict', () => {
  it('reads the district mentors', () => {
    const { rows, district } = mentorsFromDistrict(JSON.parse(fixture('nastavniki.json')), []);
    expect(district).toBe('Условный муниципальный район');
    expect(rows[0]).toEqual({
      code: 'nastavnik-1',
      name: 'Светлова Ирина Павловна',
      position: 'учитель математики',
      school: 'Школа № 1',
      forms: 'учитель – учитель',
      topics: 'ИКТ; оценивание',
      capacity: '2',
    });
    expect(rows[1]!.capacity).toBe('');
  });

  it.each([
    [{ format: 'x' }, 'не того формата'],
    [{ format: 'nastavnik-mentors', version: 2, mentors: [] }, 'версии 2'],
  ])('refuses %j', (data, message) => {
    expect(mentorsFromDistrict(data, []).messages[0]).toContain(message);
  });
});

describe('outputs', () => {
  const state: PairsState = {
    ...initialState('2026-11-20'),
    mentees: [
      {
        code: 'НЯ-001',
        name: 'Лесная Дарья Андреевна',
        school: 'Школа № 1',
        category: 'молодой педагог',
        form: 'учитель – учитель',
        topics: 'ИКТ',
      },
    ],
    mentors: [
      {
        code: 'НС-001',
        name: 'Светлова Ирина Павловна',
        position: 'учитель математики',
        school: 'Школа № 1',
        forms: '',
        topics: 'цифровые навыки',
        capacity: '1',
      },
    ],
    order: { ...initialState('2026-11-20').order, organisation: 'МБОУ «Школа № 1»' },
  };
  const result = matchPairs(state);

  it('fills the order', () => {
    const values = orderValues(state.order, result.pairs, peopleOf(state.mentees, state.mentors, false));
    expect(values.pairs).toEqual([
      {
        number: '1',
        mentor: 'Светлова Ирина Павловна, учитель математики',
        mentee: 'Лесная Дарья Андреевна, молодой педагог',
        form: 'учитель – учитель',
        from: '01.10.2026',
        to: '31.05.2027',
      },
    ]);
    expect(values.acknowledged).toEqual([
      { name: 'Светлова Ирина Павловна', role: 'наставник', date: '', signature: '' },
      { name: 'Лесная Дарья Андреевна', role: 'наставляемый', date: '', signature: '' },
    ]);
    expect(values['school-year']).toBe('2026/2027');
  });

  it('names the curator in the dative in the order, as corrected when the user corrected it', async () => {
    const orderForm = readDataEntries('src/content/forms', formSchema).find(
      (entry) => entry.id === 'prikaz-o-zakreplenii-nastavnicheskih-par',
    )!.data as unknown as Form;
    const people = peopleOf(state.mentees, state.mentors, false);
    const read = async (order: PairsState['order']) =>
      docxText(
        new Uint8Array(await Packer.toBuffer(formDocument(orderForm, orderValues(order, result.pairs, people)))),
      );
    const curator = 'Орлова Инна Викторовна, заместитель директора по УВР';
    expect(await read({ ...state.order, curator })).toContain(
      '3. Куратору Орловой Инне Викторовне, заместителю директора по УВР, обеспечить',
    );
    expect(await read({ ...state.order, curator: 'Ким Е. В.', curatorGender: 'female' })).toContain(
      'Куратору Ким Е. В. обеспечить',
    );
    expect(await read({ ...state.order, curator: 'Ким Е. В.', curatorGender: 'male' })).toContain(
      'Куратору Киму Е. В. обеспечить',
    );
    expect(await read({ ...state.order, curator, curatorDative: 'Орловой И. В.' })).toContain(
      'Куратору Орловой И. В. обеспечить',
    );
  });

  it('with codes only, no name leaves: order, CSV, link and project file', () => {
    const people = peopleOf(state.mentees, state.mentors, true);
    const everything = [
      JSON.stringify(orderValues(state.order, result.pairs, people)),
      resultCsv(result, people),
      planLink(result.pairs[0]!, people, state.order, '2026-11-20', '/'),
      projectJson({ ...state, codesOnly: true }, 'now'),
    ].join('\n');
    expect(everything).toContain('НЯ-001');
    expect(everything).not.toMatch(/Лесная|Светлова/);
  });

  it('links each pair to its personal plan in the builder, under the site base', () => {
    const link = planLink(
      result.pairs[0]!,
      peopleOf(state.mentees, state.mentors, false),
      state.order,
      '2026-11-20',
      '/nastavnichestvo/',
      true,
    );
    expect(
      link.startsWith(
        '/nastavnichestvo/instrumenty/konstruktor-dorozhnoy-karty/#new=individualnyj-plan-molodogo-pedagoga&start=2026-10-01',
      ),
    ).toBe(true);
    expect(decodeURIComponent(link.replace(/\+/g, ' '))).toContain('mentee=Лесная Дарья Андреевна');
  });

  // Each row: names in the tool, whether the link may carry them, and what the link says of the pair.
  it.each<[string, boolean, boolean, Record<string, string>]>([
    ['by default: codes, no organisation', false, false, { mentor: 'НС-001', mentee: 'НЯ-001' }],
    [
      'names asked for',
      false,
      true,
      { mentor: 'Светлова Ирина Павловна', mentee: 'Лесная Дарья Андреевна', organisation: 'МБОУ «Школа № 1»' },
    ],
    [
      'names asked for, but codes only is on',
      true,
      true,
      { mentor: 'НС-001', mentee: 'НЯ-001', organisation: 'МБОУ «Школа № 1»' },
    ],
    ['codes only, names not asked for', true, false, { mentor: 'НС-001', mentee: 'НЯ-001' }],
  ])("a pair's plan link %s", (_kind, codesOnly, names, expected) => {
    const link = planLink(
      result.pairs[0]!,
      peopleOf(state.mentees, state.mentors, codesOnly),
      state.order,
      '2026-11-20',
      '/',
      names,
    );
    const params = Object.fromEntries(new URLSearchParams(link.split('#')[1]));
    expect(params).toEqual({
      new: 'individualnyj-plan-molodogo-pedagoga',
      start: '2026-10-01',
      end: '2027-05-31',
      ...expected,
    });
  });

  it('writes the CSV with names and reasons', () => {
    const csv = resultCsv(result, peopleOf(state.mentees, state.mentors, false));
    expect(csv).toContain(
      '1;НС-001;Светлова Ирина Павловна;Школа № 1;НЯ-001;Лесная Дарья Андреевна;Школа № 1;учитель – учитель;Цифровые инструменты;',
    );
  });
});

describe('storage', () => {
  const memory = (entries: Record<string, string> = {}): KeyValueStore => {
    const data = new Map(Object.entries(entries));
    return {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  };
  const spec = pairsSpec('2026-11-20');
  const people = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...emptyMentee(`НЯ-${i + 1}`),
      name: `Наставляемый ${i + 1}`,
      topics: 'ИКТ',
    }));

  it('restores what was saved', () => {
    const store = memory();
    const state = { ...initialState('2026-11-20'), mentees: [emptyMentee('НЯ-001')] };
    openState(store, storageKey, spec).session.save(state);
    expect(openState(store, storageKey, spec).opened).toMatchObject({ kind: 'restored', value: state });
  });

  it.each([
    ['nothing saved', null, 'empty'],
    ['damaged', '{nope', 'damaged'],
    ['not ours', '[1,2]', 'damaged'],
  ] as const)('%s', (_name, text, kind) => {
    expect(openState(memory(text === null ? {} : { [storageKey]: text }), storageKey, spec).opened.kind).toBe(kind);
  });

  it('lists saved by the site before December 2026 still open, whole', () => {
    const saved: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/state/saved-2026-12.json', 'utf8'));
    const { opened } = openState(memory(saved), storageKey, spec);
    const before = JSON.parse(saved[storageKey]!).state;
    expect(opened).toMatchObject({
      kind: 'restored',
      migrated: true,
      value: { mentees: before.mentees, mentors: before.mentors, fixed: before.fixed },
    });
  });

  it('10,000 mentees saved come back as 10,000 (issue #19: they came back as 2,000)', () => {
    const store = memory();
    openState(store, storageKey, spec).session.save({ ...initialState('2026-11-20'), mentees: people(10_000) });
    const { opened } = openState(store, storageKey, spec);
    expect(opened.kind === 'restored' && opened.value.mentees.length).toBe(10_000);
  });

  it('a project file of 3,000 rows opens with 3,000 rows, and one over the limit is refused with the limit named', () => {
    const state = { ...initialState('2026-11-20'), mentees: people(3000) };
    const read = readProject(projectJson(state, 'now'), '2026-11-20');
    expect('state' in read && read.state.mentees).toHaveLength(3000);
    const tooBig = readProject(projectJson({ ...state, mentees: people(maxPeople + 1) }, 'now'), '2026-11-20');
    expect(tooBig).toEqual({
      error:
        'В файле 20\u00a0001 наставляемых, а инструмент держит не больше 20\u00a0000 в списке. Файл не открыт — разделите его на части.',
    });
  });

  it.each([
    ['mentees', 0, 10_000, null],
    ['mentees', 10_000, 10_000, null],
    [
      'mentors',
      19_999,
      2,
      'В списке наставников может быть не больше 20\u00a0000 человек: добавляется 2, а в списке уже 19\u00a0999. Ничего не добавлено — разделите список на части.',
    ],
    [
      'mentees',
      0,
      20_001,
      'В списке наставляемых может быть не больше 20\u00a0000 человек: добавляется 20\u00a0001. Ничего не добавлено — разделите список на части.',
    ],
  ] as const)('limit: %s, %i there and %i added', (list, existing, added, message) =>
    expect(limitError(list, existing, added)).toBe(message),
  );

  it('keeps what fits from a damaged copy', () => {
    const state = sanitiseState(
      { mentees: [{ code: 'a', topics: 5 }, 'junk'], settings: { school: 'moon' }, fixed: [{ mentee: 'a' }] },
      '2026-11-20',
    );
    expect(state.mentees).toEqual([{ ...emptyMentee('a'), topics: '5' }]);
    expect(state.settings.school).toBe('none');
    expect(state.fixed).toEqual([]);
  });

  it('refuses files that are not a project', () => {
    expect(readProject('{"format":"nastavnik-form"}', '2026-11-20')).toEqual({
      error: expect.stringContaining('не файл подбора пар'),
    });
  });
});

describe('settings link', () => {
  const settings = { synonyms: 'ИКТ = цифровые навыки\nОВЗ = инклюзия', school: 'other' as const, spread: false };
  it('carries the settings and nothing else', () => {
    const hash = settingsHash(settings);
    expect(settingsFromHash(hash, '2026-11-20')).toEqual(settings);
    expect(hash).toMatch(/^#nastroyki=[A-Za-z0-9_-]+$/);
  });
  it.each([['#kpi=1'], ['#nastroyki=%7Bnope'], ['#nastroyki=%5B%5D'], ['']])('ignores %j', (hash) => {
    expect(settingsFromHash(hash, '2026-11-20')).toBeNull();
  });
});
