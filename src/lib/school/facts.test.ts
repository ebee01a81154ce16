import { describe, expect, test } from 'vitest';
import { emptyProfile, type SchoolProfile } from './profile.ts';
import { factValue, profileFacts, withProfile, type ProfileFact } from './facts.ts';

const profile: SchoolProfile = {
  ...emptyProfile(2026),
  organisation: {
    fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»',
    fullNameGenitive: 'Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»',
    shortName: 'МБОУ «СШ № 5»',
    kind: 'school',
    municipality: 'Заречный муниципальный округ',
    town: 'г. Заречный',
    address: 'ул. Школьная, 5',
  },
  director: { name: 'Громов Павел Андреевич', position: 'директор' },
  curator: { name: 'Кузнецова Ольга Николаевна', position: 'заместитель директора по УВР' },
  siteOfficer: { name: 'Лебедев Игорь Сергеевич', position: '' },
  order: { date: '2026-08-31', number: '123-од' },
};

describe.each<[ProfileFact, string]>([
  ['organisation.fullName', 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»'],
  ['organisation.fullNameGenitive', 'Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»'],
  ['organisation.shortName', 'МБОУ «СШ № 5»'],
  ['organisation.municipality', 'Заречный муниципальный округ'],
  ['organisation.town', 'г. Заречный'],
  ['organisation.address', 'ул. Школьная, 5'],
  ['director', 'Громов Павел Андреевич, директор'],
  ['director.name', 'Громов Павел Андреевич'],
  ['curator', 'Кузнецова Ольга Николаевна, заместитель директора по УВР'],
  ['curator.name', 'Кузнецова Ольга Николаевна'],
  ['siteOfficer', 'Лебедев Игорь Сергеевич'],
  ['schoolYear', '2026/2027'],
  ['order.date', '2026-08-31'],
  ['order.number', '123-од'],
])('%s', (fact, expected) => {
  test(`reads ${expected}`, () => expect(factValue(profile, fact)).toBe(expected));
});

test('every fact is covered by the table above and is empty on an empty profile but the year (a default position alone is not a fact)', () => {
  for (const fact of profileFacts) {
    expect(factValue(emptyProfile(2026), fact)).toBe(fact === 'schoolYear' ? '2026/2027' : '');
  }
});

describe('withProfile', () => {
  const fields = [
    { id: 'organisation', profile: 'organisation.fullName' as const },
    { id: 'curator', profile: 'curator' as const },
    { id: 'topic' },
  ];

  test('bound fields the user left alone follow the profile', () => {
    const { values, fromProfile } = withProfile(fields, profile, { topic: 'Урок' });
    expect(values).toEqual({
      organisation: profile.organisation.fullName,
      curator: 'Кузнецова Ольга Николаевна, заместитель директора по УВР',
      topic: 'Урок',
    });
    expect([...fromProfile]).toEqual(['organisation', 'curator']);
  });

  test('a value typed in the document wins', () => {
    const { values, fromProfile } = withProfile(fields, profile, { organisation: 'МБОУ «Лицей № 2»' });
    expect(values).toMatchObject({
      organisation: 'МБОУ «Лицей № 2»',
      curator: 'Кузнецова Ольга Николаевна, заместитель директора по УВР',
    });
    expect([...fromProfile]).toEqual(['curator']);
  });

  test('a field emptied in the document follows the profile again', () => {
    const { values, fromProfile } = withProfile(fields, profile, { organisation: '  ', curator: '' });
    expect(values.organisation).toBe(profile.organisation.fullName);
    expect([...fromProfile]).toEqual(['organisation', 'curator']);
  });

  test('no profile, or a fact it lacks, leaves the field to the user', () => {
    expect(withProfile(fields, null, {}).values).toEqual({});
    expect(withProfile(fields, emptyProfile(2026), {}).values).toEqual({});
  });
});
