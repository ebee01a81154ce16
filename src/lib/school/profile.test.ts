import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  emptyProfile,
  personWithPosition,
  profileErrors,
  readProfile,
  schoolYearLabel,
  type SchoolProfile,
} from './profile.ts';

function profileWith(change: (p: SchoolProfile) => void): SchoolProfile {
  const profile = emptyProfile(2026);
  change(profile);
  return profile;
}

test('an empty profile has no errors: a curator fills it over days', () => {
  expect(profileErrors(emptyProfile(2026))).toEqual({});
});

describe.each<[string, (p: SchoolProfile) => void, string, RegExp]>([
  ['a letterless name', (p) => (p.curator.name = '12345'), 'curator.name', /буквами/],
  [
    'an over-long full name',
    (p) => (p.organisation.fullName = 'я'.repeat(301)),
    'organisation.fullName',
    /300 знаков \(сейчас 301\)/,
  ],
  ['a two-digit school year', (p) => (p.schoolYear = '26'), 'schoolYear', /четыре цифры/],
  ['a school year before the model', (p) => (p.schoolYear = '2018'), 'schoolYear', /четыре цифры/],
  ['30 February', (p) => (p.order.date = '2026-02-30'), 'order.date', /нет в календаре/],
  ['a long order number', (p) => (p.order.number = '1'.repeat(21)), 'order.number', /20 знаков/],
  ['a count in words', (p) => (p.counts.teachers = 'сорок'), 'counts.teachers', /только цифры/],
  ['a negative count', (p) => (p.counts.teachers = '-3'), 'counts.teachers', /не меньше нуля/],
  ['a fractional count', (p) => (p.counts.youngTeachers = '2.5'), 'counts.youngTeachers', /Целое/],
  ['an impossible count', (p) => (p.counts.students10to18 = '100001'), 'counts.students10to18', /100 000/],
  [
    'more aged 15–18 than 10–18',
    (p) => Object.assign(p.counts, { students10to18: '100', students15to18: '101' }),
    'counts.students15to18',
    /входят в их число/,
  ],
  [
    'more young teachers than teachers',
    (p) => Object.assign(p.counts, { teachers: '5', youngTeachers: '6' }),
    'counts.youngTeachers',
    /всех педагогов/,
  ],
  [
    'a coordinator without letters',
    (p) => p.coordinators.push({ name: '—', position: '' }),
    'coordinators.0.name',
    /буквами/,
  ],
])('%s', (_, change, field, message) => {
  test(`is refused at ${field}`, () => {
    const errors = profileErrors(profileWith(change));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
  });
});

test('boundaries that are fine', () => {
  const profile = profileWith((p) => {
    p.organisation.fullName = 'я'.repeat(300);
    p.order = { date: '2028-02-29', number: '1'.repeat(20) };
    Object.assign(p.counts, { students10to18: '100', students15to18: '100', teachers: '0', youngTeachers: '0' });
  });
  expect(profileErrors(profile)).toEqual({});
});

describe('readProfile', () => {
  test.each([null, 'профиль', 42, [], {}, { organisation: 'МБОУ' }])('%j is not a profile', (raw) => {
    expect(readProfile(raw, 2026)).toBeNull();
  });

  test('a profile survives a round trip through JSON', () => {
    const profile = profileWith((p) => {
      p.organisation.fullName = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»';
      p.organisation.kind = 'kindergarten';
      p.curator = { name: 'Громова Анна Петровна', position: 'заместитель директора по УВР' };
      p.coordinators.push({ name: 'Лебедев Игорь Сергеевич', position: 'учитель' });
      p.counts.teachers = '40';
    });
    expect(readProfile(JSON.parse(JSON.stringify(profile)), 2030)).toEqual(profile);
  });

  test('fields of the wrong type come back empty, the rest is kept', () => {
    const read = readProfile(
      { organisation: { fullName: 7, town: 'Заречный', kind: 'вуз' }, counts: { teachers: 40 } },
      2026,
    );
    expect(read?.organisation).toMatchObject({ fullName: '', town: 'Заречный', kind: 'school' });
    expect(read?.counts.teachers).toBe('');
    expect(read?.schoolYear).toBe('2026');
  });

  test('anything at all is read without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const read = readProfile(raw, 2026);
        if (read) expect(typeof profileErrors(read)).toBe('object');
      }),
    );
  });
});

test.each([
  ['2026', '2026/2027'],
  ['2099', '2099/2100'],
  ['26', ''],
  [' 2027 ', '2027/2028'],
])('school year %j reads %j', (year, label) => {
  expect(schoolYearLabel(profileWith((p) => (p.schoolYear = year)))).toBe(label);
});

test.each([
  [{ name: 'Громова Анна Петровна', position: 'учитель' }, 'Громова Анна Петровна, учитель'],
  [{ name: ' Громова Анна Петровна ', position: '' }, 'Громова Анна Петровна'],
  [{ name: '', position: 'учитель' }, 'учитель'],
  [
    { name: 'Громова Анна Петровна', position: 'Заместитель директора по УВР' },
    'Громова Анна Петровна, заместитель директора по УВР',
  ],
  [{ name: 'Громова Анна Петровна', position: 'ИО директора' }, 'Громова Анна Петровна, ИО директора'],
])('%j is written %j', (person, text) => {
  expect(personWithPosition(person)).toBe(text);
});
