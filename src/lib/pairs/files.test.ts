import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeMaker, emptyMentee, emptyMentor, menteesFromQuestionnaires, mentorsFromDistrict, peopleFromRows, questionnaireTopicsOf, rowsFromPaste } from './import.ts';
import { matchPairs } from './match.ts';
import { dotted, orderValues, peopleOf, planLink, resultCsv } from './output.ts';
import { initialState, projectJson, readProject, restoreState, sanitiseState, schoolYearOf, settingsFromHash, settingsHash, storedText } from './storage.ts';
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
    const { rows, messages } = peopleFromRows('mentees', [['Запросы', 'ФИО', 'Школа'], ['ИКТ', 'Лесная Д. А.', 'Школа № 1'], ['', '', ''], ['ОВЗ', 'Травин К. О.', '']], []);
    expect(messages).toEqual([]);
    expect(rows).toEqual([
      { ...emptyMentee('НЯ-001'), name: 'Лесная Д. А.', school: 'Школа № 1', topics: 'ИКТ' },
      { ...emptyMentee('НЯ-002'), name: 'Травин К. О.', topics: 'ОВЗ' },
    ]);
  });

  it('reads mentors: «Сколько наставляемых» is the number of places, not a name', () => {
    const { rows } = peopleFromRows('mentors', [['Наставник', 'Может помочь', 'Сколько наставляемых может взять', 'Должность']], []);
    expect(rows).toEqual([]);
    const read = peopleFromRows('mentors', [['Наставник', 'Может помочь', 'Сколько наставляемых может взять'], ['Светлова И. П.', 'ИКТ', '2']], []);
    expect(read.rows).toEqual([{ ...emptyMentor('НС-001'), name: 'Светлова И. П.', topics: 'ИКТ', capacity: '2' }]);
  });

  it('refuses a table without column names and says what it found', () => {
    const { rows, messages } = peopleFromRows('mentees', [['Иванов', 'ИКТ']], []);
    expect(rows).toEqual([]);
    expect(messages[0]).toContain('Найдено: «Иванов», «ИКТ». Ничего не добавлено.');
  });

  it('skips codes already in the list, so loading a file twice does not double it', () => {
    const first = peopleFromRows('mentees', [['Код', 'Темы'], ['a', 'ИКТ']], []);
    const again = peopleFromRows('mentees', [['Код', 'Темы'], ['A', 'ИКТ']], first.rows);
    expect(again.rows).toEqual([]);
    expect(again.messages[0]).toContain('пропущено: 1');
  });
});

describe('questionnaires', () => {
  it('takes the chosen topics and those rated low', () => {
    expect(questionnaireTopicsOf({ 'help-topics': ['Оценивание'], discipline: '2', digital: '3', time: '1', parents: '' })).toEqual([
      'Оценивание',
      'Дисциплина и мотивация обучающихся',
      'Распределение времени и нагрузки',
    ]);
  });

  it('reads a file of the form filler', () => {
    const { rows, messages } = menteesFromQuestionnaires([{ name: 'a.json', text: fixture('anketa-deficity.json') }], []);
    expect(messages).toEqual([]);
    expect(rows).toEqual([{ code: 'НЯ-001', name: 'Ключева Анна Романовна', school: 'Школа № 2', category: 'молодой педагог', form: 'учитель – учитель', topics: 'Цифровые инструменты; Дисциплина и мотивация обучающихся' }]);
  });

  it.each([
    ['not JSON', '{', 'не читается'],
    ['another format', '{"format":"x"}', 'нет отметки «nastavnik-form»'],
    ['another form', '{"format":"nastavnik-form","form":"anketa-nastavnika","title":"Анкета наставника","values":{}}', 'это «Анкета наставника»'],
    ['a May copy', '{"format":"nastavnik-form","form":"anketa-professionalnye-deficity","values":{"stage":"В конце учебного года (май)"}}', 'в конце учебного года'],
  ])('refuses %s with a message and keeps going', (_name, text, message) => {
    const { rows, messages } = menteesFromQuestionnaires([{ name: 'bad.json', text }, { name: 'good.json', text: fixture('anketa-deficity.json') }], []);
    expect(messages[0]).toContain(message);
    expect(rows).toHaveLength(1);
  });
});

describe('mentorsFromDistrict', () => {
  it('reads the district mentors', () => {
    const { rows, district } = mentorsFromDistrict(JSON.parse(fixture('nastavniki.json')), []);
    expect(district).toBe('Условный муниципальный район');
    expect(rows[0]).toEqual({ code: 'nastavnik-1', name: 'Светлова Ирина Павловна', position: 'учитель математики', school: 'Школа № 1', forms: 'учитель – учитель', topics: 'ИКТ; оценивание', capacity: '2' });
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
    mentees: [{ code: 'НЯ-001', name: 'Лесная Дарья Андреевна', school: 'Школа № 1', category: 'молодой педагог', form: 'учитель – учитель', topics: 'ИКТ' }],
    mentors: [{ code: 'НС-001', name: 'Светлова Ирина Павловна', position: 'учитель математики', school: 'Школа № 1', forms: '', topics: 'цифровые навыки', capacity: '1' }],
    order: { ...initialState('2026-11-20').order, organisation: 'МБОУ «Школа № 1»' },
  };
  const result = matchPairs(state);

  it('fills the order', () => {
    const values = orderValues(state.order, result.pairs, peopleOf(state.mentees, state.mentors, false));
    expect(values.pairs).toEqual([{ number: '1', mentor: 'Светлова Ирина Павловна, учитель математики', mentee: 'Лесная Дарья Андреевна, молодой педагог', form: 'учитель – учитель', from: '01.10.2026', to: '31.05.2027' }]);
    expect(values.acknowledged).toEqual([
      { name: 'Светлова Ирина Павловна', role: 'наставник', date: '', signature: '' },
      { name: 'Лесная Дарья Андреевна', role: 'наставляемый', date: '', signature: '' },
    ]);
    expect(values['school-year']).toBe('2026/2027');
  });

  it('names the curator in the dative in the order, as corrected when the user corrected it', async () => {
    const orderForm = readDataEntries('src/content/forms', formSchema).find((entry) => entry.id === 'prikaz-o-zakreplenii-nastavnicheskih-par')!.data as unknown as Form;
    const people = peopleOf(state.mentees, state.mentors, false);
    const read = async (order: PairsState['order']) => docxText(new Uint8Array(await Packer.toBuffer(formDocument(orderForm, orderValues(order, result.pairs, people)))));
    const curator = 'Орлова Инна Викторовна, заместитель директора по УВР';
    expect(await read({ ...state.order, curator })).toContain('3. Куратору Орловой Инне Викторовне, заместителю директора по УВР обеспечить');
    expect(await read({ ...state.order, curator: 'Ким Е. В.', curatorGender: 'female' })).toContain('Куратору Ким Е. В. обеспечить');
    expect(await read({ ...state.order, curator: 'Ким Е. В.', curatorGender: 'male' })).toContain('Куратору Киму Е. В. обеспечить');
    expect(await read({ ...state.order, curator, curatorDative: 'Орловой И. В.' })).toContain('Куратору Орловой И. В. обеспечить');
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
    const link = planLink(result.pairs[0]!, peopleOf(state.mentees, state.mentors, false), state.order, '2026-11-20', '/nastavnichestvo/');
    expect(link.startsWith('/nastavnichestvo/instrumenty/konstruktor-dorozhnoy-karty/#new=individualnyj-plan-molodogo-pedagoga&start=2026-10-01')).toBe(true);
    expect(decodeURIComponent(link.replace(/\+/g, ' '))).toContain('mentee=Лесная Дарья Андреевна');
  });

  it('writes the CSV with names and reasons', () => {
    const csv = resultCsv(result, peopleOf(state.mentees, state.mentors, false));
    expect(csv).toContain('1;НС-001;Светлова Ирина Павловна;Школа № 1;НЯ-001;Лесная Дарья Андреевна;Школа № 1;учитель – учитель;Цифровые инструменты;');
  });

  it.each([
    ['2026-10-01', '01.10.2026'],
    ['', ''],
  ])('dotted(%s)', (iso, text) => expect(dotted(iso)).toBe(text));
});

describe('storage', () => {
  it.each([
    ['2026-09-01', '2026/2027'],
    ['2027-08-31', '2026/2027'],
  ])('school year of %s is %s', (day, year) => expect(schoolYearOf(day)).toBe(year));

  it('restores what was saved', () => {
    const state = { ...initialState('2026-11-20'), mentees: [emptyMentee('НЯ-001')] };
    expect(restoreState(() => storedText(state, 'now'), '2026-11-20')).toEqual({ state, notice: 'restored' });
  });

  it.each([
    ['nothing saved', (): string | null => null, 'empty'],
    ['damaged', (): string | null => '{nope', 'corrupt'],
    ['storage forbidden', (): string | null => {
      throw new Error('denied');
    }, 'unavailable'],
  ] as const)('%s', (_name, read, notice) => {
    expect(restoreState(read, '2026-11-20').notice).toBe(notice);
  });

  it('keeps what fits from a damaged copy', () => {
    const state = sanitiseState({ mentees: [{ code: 'a', topics: 5 }, 'junk'], settings: { school: 'moon' }, fixed: [{ mentee: 'a' }] }, '2026-11-20');
    expect(state.mentees).toEqual([{ ...emptyMentee('a'), topics: '5' }]);
    expect(state.settings.school).toBe('none');
    expect(state.fixed).toEqual([]);
  });

  it('refuses files that are not a project', () => {
    expect(readProject('{"format":"nastavnik-form"}', '2026-11-20')).toEqual({ error: expect.stringContaining('не файл подбора пар') });
  });
});

describe('rowsFromPaste', () => {
  it.each([
    ['tabs from Excel', 'Код\tТемы\r\nНЯ-1\tИКТ; ОВЗ\n\n', [['Код', 'Темы'], ['НЯ-1', 'ИКТ; ОВЗ']]],
    ['semicolons when there are no tabs', 'ФИО;Темы\nЛесная Д. А.;ИКТ', [['ФИО', 'Темы'], ['Лесная Д. А.', 'ИКТ']]],
  ])('%s', (_name, text, rows) => {
    expect(rowsFromPaste(text)).toEqual(rows);
  });
});

describe('settings link', () => {
  const settings = { synonyms: 'ИКТ = цифровые навыки\nОВЗ = инклюзия', school: 'other' as const, spread: false };
  it('carries the settings and nothing else', () => {
    const hash = settingsHash(settings);
    expect(settingsFromHash(hash, '2026-11-20')).toEqual(settings);
  });
  it.each([['#kpi=1'], ['#nastroyki=%7Bnope'], ['#nastroyki=%5B%5D'], ['']])('ignores %j', (hash) => {
    expect(settingsFromHash(hash, '2026-11-20')).toBeNull();
  });
});
