import { describe, expect, test } from 'vitest';
import { exampleState } from '../kpi/url-state.ts';
import type { OrderDetails } from '../pairs/types.ts';
import type { BuilderState } from '../../schemas/roadmap-builder.ts';
import { emptyProfile, type SchoolProfile } from './profile.ts';
import { builderWithProfile, kpiWithProfile, pairsOrderWithProfile, surnameWithInitials } from './tools.ts';

const profile: SchoolProfile = {
  ...emptyProfile(2027),
  organisation: {
    ...emptyProfile(2027).organisation,
    fullName: 'МБОУ «Средняя школа № 5»',
    shortName: 'СШ № 5',
    town: 'г. Заречный',
    municipality: 'Заречный округ',
  },
  director: { name: 'Громов Павел Андреевич', position: 'директор' },
  curator: { name: 'Кузнецова Ольга Николаевна', position: 'Заместитель директора по УВР' },
  siteOfficer: { name: 'Лебедев Игорь Сергеевич', position: 'учитель информатики' },
  order: { date: '2027-08-30', number: '45-од' },
  counts: {
    students10to18: '320',
    students15to18: '110',
    teachers: '40',
    youngTeachers: '',
    partnerOrganisations: '3',
  },
};

test.each([
  ['Кузнецова Ольга Николаевна', 'Кузнецова О. Н.'],
  ['  Громов   Павел  ', 'Громов П.'],
  ['Салтыков-Щедрин Михаил Евграфович', 'Салтыков-Щедрин М. Е.'],
  ['Иванова О. Н.', 'Иванова О. Н.'],
  ['Ким', 'Ким'],
  ['', ''],
])('%j is written %j in a roadmap', (full, short) => expect(surnameWithInitials(full)).toBe(short));

describe('the KPI calculator', () => {
  const example = exampleState('2026-11-20');

  test('takes the short name, the school year and every count the profile has; keeps the rest', () => {
    const state = kpiWithProfile(example, profile);
    expect(state.organisation).toBe('СШ № 5');
    expect([state.firstYear, state.lastYear]).toEqual(['2027', '2031']);
    expect(state.schools[0]!.counts).toEqual({
      ...example.schools[0]!.counts,
      students10to18: '320',
      students15to18: '110',
      partnerOrganisations: '3',
    });
  });

  test('in district mode takes only the municipality and the year', () => {
    const district = { ...example, mode: 'district' as const, organisation: 'Район' };
    expect(kpiWithProfile(district, profile)).toEqual({
      ...district,
      organisation: 'Заречный округ',
      firstYear: '2027',
      lastYear: '2031',
    });
  });

  test('an empty profile changes nothing but a valid year', () => {
    expect(kpiWithProfile(example, emptyProfile(2026))).toEqual(example);
  });
});

describe('the roadmap builder', () => {
  const state = {
    organisation: '',
    head: '',
    approval: { date: '', number: '' },
    people: [
      { role: 'Директор', name: '' },
      { role: 'Куратор внедрения ЦМН', name: '' },
      { role: 'Заместитель директора по УВР', name: '' },
      { role: 'Ответственный за официальный сайт', name: '' },
      { role: 'Куратор школы наставничества', name: 'Петров А. А.' },
      { role: 'Наставник', name: '' },
    ],
  } as unknown as BuilderState;

  test('takes the organisation, the head, the approval order and names for the roles it knows', () => {
    const built = builderWithProfile(state, profile);
    expect(built).toMatchObject({
      organisation: 'МБОУ «Средняя школа № 5»',
      head: 'Громов Павел Андреевич',
      approval: { date: '2027-08-30', number: '45-од' },
    });
    expect(built.people.map((p) => p.name)).toEqual([
      'Громов П. А.',
      'Кузнецова О. Н.',
      'Кузнецова О. Н.',
      'Лебедев И. С.',
      'Петров А. А.',
      '',
    ]);
  });

  test("the profile's genitive goes with its name; a genitive kept for another name is dropped", () => {
    const withGenitive = {
      ...profile,
      organisation: { ...profile.organisation, fullNameGenitive: 'МБОУ «Средняя школа № 5»' },
    };
    expect(builderWithProfile({ ...state, organisationGenitive: 'Лицея № 2' }, withGenitive).organisationGenitive).toBe(
      'МБОУ «Средняя школа № 5»',
    );
    expect(builderWithProfile({ ...state, organisationGenitive: 'Лицея № 2' }, profile)).not.toHaveProperty(
      'organisationGenitive',
    );
  });

  test('the deputy head is the curator only when the profile says so', () => {
    const other = { ...profile, curator: { name: 'Кузнецова Ольга Николаевна', position: 'учитель' } };
    expect(builderWithProfile(state, other).people[2]!.name).toBe('');
  });

  test('an empty profile changes nothing', () => {
    expect(builderWithProfile(state, emptyProfile(2026))).toEqual(state);
  });
});

test('the pairs order takes the organisation, the town, the year and the curator, not its own date', () => {
  const order: OrderDetails = {
    organisation: '',
    settlement: '',
    orderDate: '2027-10-16',
    orderNumber: '7',
    schoolYear: '',
    curator: '',
    plansDue: '',
    from: '',
    to: '',
  };
  expect(pairsOrderWithProfile(order, profile)).toEqual({
    ...order,
    organisation: 'МБОУ «Средняя школа № 5»',
    settlement: 'г. Заречный',
    schoolYear: '2027/2028',
    curator: 'Кузнецова Ольга Николаевна, заместитель директора по УВР',
  });
  expect(pairsOrderWithProfile(order, emptyProfile(2026)).organisation).toBe('');
});
