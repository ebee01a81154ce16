import { describe, expect, test } from 'vitest';
import { form as formSchema } from '../../schemas/form.ts';
import { validateForm, parseNumber, checkDate } from './validate.ts';
import { sanitiseValues, isEmpty } from './values.ts';
import { readFileSync } from 'node:fs';
import { readDataEntries } from '../data-loader.ts';
import { openState, type KeyValueStore } from '../state/store.ts';
import { answersSpec, exportJson, formChangedNotice, formVersion, storageKey } from './storage.ts';

const form = formSchema.parse({
  title: 'Анкета',
  purpose: 'Тест',
  filledBy: ['Наставник'],
  kind: 'questionnaire',
  sections: [
    {
      blocks: [
        { kind: 'text', id: 'name', label: 'ФИО', required: true, maxLength: 20 },
        { kind: 'longText', id: 'notes', label: 'Заметки', maxLength: 50 },
        { kind: 'number', id: 'years', label: 'Стаж', min: 0, max: 50 },
        { kind: 'date', id: 'day', label: 'Дата', required: true },
        { kind: 'choice', id: 'one', label: 'Один', options: ['А', 'Б'], required: true },
        { kind: 'choice', id: 'many', label: 'Несколько', options: ['А', 'Б', 'В'], multiple: true },
        { kind: 'scale', id: 'score', label: 'Оценка', min: 1, max: 5, required: true },
        { kind: 'table', id: 'rows', label: 'Таблица', columns: [{ id: 'a', label: 'А' }], maxRows: 3, required: true },
        { kind: 'signature', id: 'sign', label: 'Подпись', role: 'Наставник' },
      ],
    },
  ],
});

const good = {
  name: 'Иванова А. А.',
  day: '2025-09-15',
  one: 'Б',
  many: ['А', 'В'],
  score: '4',
  years: '12',
  rows: [{ a: 'строка' }],
};

describe('validateForm', () => {
  test('a well-filled form has no errors', () => {
    expect(validateForm(form, good)).toEqual({});
  });

  test.each([
    ['empty required text', { name: '  ' }, 'name', 'Заполните это поле'],
    ['text too long', { name: 'я'.repeat(21) }, 'name', 'не больше 20 знаков, сейчас 21'],
    ['10,000 characters in a long text', { notes: 'я'.repeat(10_000) }, 'notes', 'не больше 50 знаков, сейчас 10000'],
    ['letters in a number', { years: 'двенадцать' }, 'years', 'Введите число цифрами'],
    ['fraction where a whole number is needed', { years: '4,5' }, 'years', 'Нужно целое число'],
    ['number above the maximum', { years: '51' }, 'years', 'Не больше 50'],
    ['negative number', { years: '-1' }, 'years', 'Не меньше 0'],
    ['impossible date', { day: '2025-02-30' }, 'day', 'Такой даты нет в календаре'],
    ['half a date', { day: '2025-02' }, 'day', 'Введите дату полностью'],
    ['year out of range', { day: '0202-02-02' }, 'day', 'Проверьте год'],
    ['empty required date', { day: '' }, 'day', 'Укажите дату'],
    ['no choice made', { one: '' }, 'one', 'Выберите вариант'],
    ['a choice not in the list', { one: 'Г' }, 'one', 'из списка'],
    ['scale out of range', { score: '9' }, 'score', 'от 1 до 5'],
    ['empty table', { rows: [{ a: '' }] }, 'rows', 'хотя бы одну строку'],
    [
      '200 table rows over a limit of 3',
      { rows: Array.from({ length: 200 }, () => ({ a: 'x' })) },
      'rows',
      'Не больше 3 строк',
    ],
    ['a huge table cell', { rows: [{ a: 'я'.repeat(1001) }] }, 'rows', 'Строка 1, графа «А»'],
  ])('%s', (_case, change, field, message) => {
    const errors = validateForm(form, { ...good, ...change });
    expect(errors[field]).toContain(message);
    expect(Object.keys(errors)).toEqual([field]);
  });
});

describe('parseNumber and checkDate', () => {
  test.each([
    ['12', 12],
    [' 4,5 ', 4.5],
    ['-3', -3],
    ['1 200', 1200],
    ['12a', null],
    ['', null],
    ['1e3', null],
  ])('parseNumber(%j) = %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
  test.each([
    ['2024-02-29', null],
    ['2023-02-29', 'Такой даты нет в календаре'],
    ['31.12.2025', 'Введите дату полностью: день, месяц и год'],
  ])('checkDate(%j)', (value, expected) => {
    expect(checkDate(value)).toBe(expected);
  });
});

describe('values from outside', () => {
  test('keep what fits each field and drop the rest', () => {
    const { values, dropped } = sanitiseValues(form, {
      name: 'А',
      many: 'not-an-array',
      rows: [{ a: 'x', extra: 'y' }],
      unknown: 1,
      score: 5,
    });
    expect(values).toEqual({ name: 'А', rows: [{ a: 'x' }] });
    expect(dropped).toBe(3);
  });
  test.each([null, 'строка', [1, 2], 42])('nonsense %j gives an empty form', (raw) => {
    expect(sanitiseValues(form, raw).values).toEqual({});
  });
  test('isEmpty', () => {
    expect(isEmpty({})).toBe(true);
    expect(isEmpty({ name: ' ', rows: [{ a: '' }], many: [] })).toBe(true);
    expect(isEmpty({ rows: [{ a: 'x' }] })).toBe(false);
  });
});

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

describe('storage', () => {
  const spec = answersSpec(form);
  const open = (store: KeyValueStore) => openState(store, storageKey('anketa'), spec);

  test('what is saved comes back', () => {
    const store = new MemoryStore();
    expect(open(store).session.save({ form: formVersion(form), values: good })).toEqual({ ok: true });
    expect(open(store).opened).toMatchObject({ kind: 'restored', value: { form: formVersion(form), values: good } });
  });

  test('corrupted storage opens an empty form with a message, and the damaged copy is kept aside', () => {
    const store = new MemoryStore();
    store.setItem(storageKey('anketa'), '{"version": broken');
    const { opened } = open(store);
    expect(opened).toMatchObject({ kind: 'damaged', message: expect.stringContaining('повреждено и не читается') });
    expect([...store.data.values()].filter((v) => v === '{"version": broken')).toHaveLength(2);
  });

  test('values saved under an older version of the form are carried over field by field, the rest kept aside', () => {
    const store = new MemoryStore();
    store.setItem(
      storageKey('anketa'),
      JSON.stringify({ version: 'old', values: { name: 'Петров', removed: 'x', score: 3 } }),
    );
    const { opened } = open(store);
    expect(opened).toMatchObject({
      kind: 'restored',
      value: { values: { name: 'Петров' } },
      message: expect.stringContaining('не подошли к форме, — 2'),
    });
    if (opened.kind !== 'restored') throw new Error();
    expect(formChangedNotice(form, opened.value)).toContain('форма изменилась');
    expect(opened.backup?.key).toMatch(/^nastavnik:form:anketa:backup:/);
  });

  test('storage that throws is reported, not fatal', () => {
    const store: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(open(store).opened).toMatchObject({
      kind: 'unavailable',
      message: expect.stringContaining('Не удалось прочитать ответы формы'),
    });
    expect(open(store).session.save({ form: '', values: good }).ok).toBe(false);
  });

  test('answers saved by the site before December 2026 still open', () => {
    const saved: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/state/saved-2026-12.json', 'utf8'));
    const store = new MemoryStore();
    for (const [key, value] of Object.entries(saved)) store.setItem(key, value);
    const entry = readDataEntries('src/content/forms', formSchema).find(
      (e) => e.id === 'anketa-professionalnye-deficity',
    )!;
    const deficits = formSchema.parse(entry.data);
    const { opened } = openState(store, storageKey('anketa-professionalnye-deficity'), answersSpec(deficits));
    expect(opened).toMatchObject({
      kind: 'restored',
      migrated: true,
      value: { values: { 'full-name': 'Иванова Анна Петровна', subject: 'Математика' } },
    });
    expect(opened.kind === 'restored' && opened.message).toBe(undefined);
  });

  test('the version changes when a field changes kind', () => {
    const changed = formSchema.parse({
      ...form,
      sections: [{ blocks: [{ kind: 'longText', id: 'name', label: 'ФИО' }] }],
    });
    expect(formVersion(changed)).not.toBe(formVersion(form));
  });

  test('a questionnaire exports as JSON that names its form and version', () => {
    const json = JSON.parse(exportJson(form, 'anketa', good, '2025-12-01T10:00:00.000Z'));
    expect(json).toMatchObject({ format: 'nastavnik-form', form: 'anketa', version: formVersion(form), values: good });
  });
});
