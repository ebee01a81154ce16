import { describe, expect, it } from 'vitest';
import { readRecord, writeRecord } from '../state/record.ts';
import {
  displayName,
  newParticipant,
  nextCode,
  participantErrors,
  participantsFromRows,
  participantsSpec,
  type Participant,
} from './participants.ts';

const person = (over: Partial<Participant>): Participant => ({ ...newParticipant([], 'mentee'), ...over });

describe('nextCode', () => {
  it.each([
    [[], 'mentee', 'НЯ-001'],
    [[], 'mentor', 'НС-001'],
    [[person({ code: 'НЯ-007' }), person({ code: 'НЯ-002' })], 'mentee', 'НЯ-008'],
    [[person({ code: 'НЯ-007' })], 'mentor', 'НС-001'],
    [[person({ code: 'свой код' }), person({ code: 'НЯ-1000' })], 'mentee', 'НЯ-1001'],
  ] as const)('%j, %s → %s', (list, role, code) => {
    expect(nextCode(list, role)).toBe(code);
  });
});

describe('participantErrors', () => {
  it.each([
    [[person({ code: '' })], { '0.code': 'Нужен код участника: по нему анкеты и пары узнают человека.' }],
    [
      [person({ code: 'НЯ-001' }), person({ code: 'ня-001' })],
      { '1.code': 'Такой код уже есть в строке 1: коды не повторяются.' },
    ],
    [[person({ name: '12345' })], { '0.name': 'Впишите фамилию, имя и отчество буквами.' }],
    [[person({ position: 'x'.repeat(201) })], { '0.position': 'Не длиннее 200 знаков.' }],
    [[person({ name: '' }), person({ code: 'НЯ-002', name: 'Иванов Пётр' })], {}],
  ])('%j', (list, errors) => {
    expect(participantErrors(list)).toEqual(errors);
  });
});

describe('participantsSpec', () => {
  it('reads back what it wrote, and drops rows without a role, saying how many', () => {
    const list = [person({ name: 'Иванов Пётр Сергеевич', form: 'uchenik-uchenik', consent: true })];
    const text = writeRecord(participantsSpec, list, { savedAt: '', rev: 'r', prev: null });
    expect(readRecord(text, participantsSpec)).toMatchObject({ kind: 'ok', value: list });
    const broken = JSON.stringify({ v: 1, data: [...list, { code: 'X', role: 'boss' }, 42] });
    const read = readRecord(broken, participantsSpec);
    expect(read).toMatchObject({ kind: 'ok', value: list, dropped: 'строк, в которых не понять роль участника, — 2' });
    expect(readRecord('{"v":1,"data":{}}', participantsSpec).kind).toBe('damaged');
  });
});

describe('participantsFromRows', () => {
  it('takes the page’s columns, skips a header, numbers codes after the list', () => {
    const { added, errors } = participantsFromRows(
      [
        ['ФИО', 'Роль', 'Категория', 'Класс или должность', 'Форма', 'Согласие'],
        ['Иванов Пётр Сергеевич', 'Наставляемый', 'обучающийся', '7 «Б»', 'ученик - ученик', 'да'],
        ['Громова Ольга Петровна', 'наставник', 'Педагог', 'учитель математики', 'учитель – учитель', ''],
        ['Кто-то', 'директор'],
        ['', ''],
      ],
      [person({ code: 'НЯ-004' })],
    );
    expect(added).toEqual([
      {
        code: 'НЯ-005',
        name: 'Иванов Пётр Сергеевич',
        role: 'mentee',
        category: 'обучающийся',
        position: '7 «Б»',
        form: 'uchenik-uchenik',
        consent: true,
      },
      {
        code: 'НС-001',
        name: 'Громова Ольга Петровна',
        role: 'mentor',
        category: 'педагог',
        position: 'учитель математики',
        form: 'uchitel-uchitel',
        consent: false,
      },
    ]);
    expect(errors).toEqual(['Строка 3: роль «директор» не понятна — напишите «наставник» или «наставляемый».']);
  });

  it('refuses a paste that would pass the limit, adding nothing', () => {
    const rows = Array.from({ length: 20_001 }, () => ['', 'наставляемый']);
    const { added, errors } = participantsFromRows(rows, []);
    expect(added).toEqual([]);
    expect(errors[0]).toMatch(/не больше 20\s000 человек/);
  });
});

describe('displayName', () => {
  it('is the name, or the code where the school keeps no name', () => {
    expect(displayName(person({ name: ' Иванов Пётр ' }))).toBe('Иванов Пётр');
    expect(displayName(person({ name: '' }))).toBe('НЯ-001');
  });
});
