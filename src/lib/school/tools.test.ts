import { describe, expect, test } from 'vitest';
import { exampleState } from '../kpi/url-state.ts';
import type { OrderDetails } from '../pairs/types.ts';
import type { BuilderState } from '../../schemas/roadmap-builder.ts';
import { emptyProfile, type SchoolProfile } from './profile.ts';
import { newParticipant, type Participant } from './participants.ts';
import {
  builderWithProfile,
  kpiWithParticipants,
  kpiWithProfile,
  pairsListsWithParticipants,
  pairsOrderWithProfile,
  surnameWithInitials,
} from './tools.ts';

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
  ['Код 17', 'Код 17'],
  ['НС-001', 'НС-001'],
  ['учитель  математики', 'учитель математики'],
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

describe('the KPI calculator from the participants list', () => {
  const of = (role: Participant['role'], category: Participant['category'], n: number): Participant[] =>
    Array.from({ length: n }, () => ({ ...newParticipant([], role), category }));
  const people = [
    ...of('mentee', 'обучающийся', 12),
    ...of('mentor', 'обучающийся', 4),
    ...of('mentee', 'молодой педагог', 3),
    ...of('mentee', 'педагог', 2),
    ...of('mentor', 'педагог', 9),
  ];
  const base = { ...exampleState('2026-10-01'), actuals: { 1: { '2025': '7' } } };

  test.each([
    [
      'counts indicators 1–3 for the school year, keeping other years',
      people,
      '2026',
      { 1: { '2025': '7', '2026': '12' }, 2: { '2026': '4' }, 3: { '2026': '3' } },
    ],
    [
      'a list without young teachers says 0, not nothing',
      of('mentee', 'обучающийся', 2),
      '2026',
      { 1: { '2025': '7', '2026': '2' }, 2: { '2026': '0' }, 3: { '2026': '0' } },
    ],
    ['an empty list changes nothing', [], '2026', base.actuals],
    ['a school year that is not four digits changes nothing', people, '26', base.actuals],
  ])('%s', (_name, list, year, actuals) => {
    expect(kpiWithParticipants(base, list, year).actuals).toEqual(actuals);
  });

  test('the list is the base of indicators 5–6: all mentees and all mentors', () => {
    expect(kpiWithParticipants(base, people, '2026').schools[0]!.counts).toMatchObject({
      surveyedMentees: '17',
      surveyedMentors: '13',
    });
  });

  test('the district mode is left alone: its schools are not this list', () => {
    const district = { ...base, mode: 'district' as const };
    expect(kpiWithParticipants(district, people, '2026')).toBe(district);
  });
});

describe('the pairs tool from the participants list', () => {
  const mentee: Participant = { ...newParticipant([], 'mentee'), name: 'Иванов Пётр', form: 'uchenik-uchenik' };
  const mentor: Participant = {
    ...newParticipant([], 'mentor'),
    name: 'Громова Ольга Петровна',
    position: 'учитель математики',
  };
  test('adds the participants the lists lack, with their category and form; nobody twice', () => {
    const first = pairsListsWithParticipants({ mentees: [], mentors: [] }, [mentee, mentor], 'МБОУ «СШ № 5»');
    expect(first.added).toBe(2);
    expect(first.mentees).toEqual([
      {
        code: 'НЯ-001',
        name: 'Иванов Пётр',
        school: 'МБОУ «СШ № 5»',
        category: 'обучающийся',
        form: 'ученик – ученик',
        topics: '',
      },
    ]);
    expect(first.mentors[0]).toMatchObject({ code: 'НС-001', position: 'учитель математики', forms: '', capacity: '' });
    const again = pairsListsWithParticipants(first, [mentee, { ...mentor, code: 'нс-001' }], 'МБОУ «СШ № 5»');
    expect(again.added).toBe(0);
    expect(again.mentees).toEqual(first.mentees);
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
