import { describe, expect, test } from 'vitest';
import { filterFromSearch, filterToSearch, matches, pageOf, paginate, registryPagePath, topicsOf } from './registry.ts';
import { publicMentors } from './public-mentors.ts';
import type { Mentor, School } from '../../schemas/district.ts';

const schools: School[] = [{ id: 'sosh-1', name: 'Средняя школа № 1', shortName: 'СОШ № 1', kind: 'school' }];
const mentor = (id: string, canHelpWith: string[], forms: Mentor['forms'] = ['uchitel-uchitel']): Mentor => ({
  id,
  name: `Наставник ${id}`,
  position: 'учитель',
  school: 'sosh-1',
  experienceYears: 5,
  forms,
  canHelpWith,
  consent: true,
  contacts: { email: `${id}@test.example`, phone: '+7 000 000-00-00' },
});
const mentors = [
  mentor('a', ['работа с родителями', 'планирование урока']),
  mentor('b', ['работа с родителями'], ['uchenik-uchenik']),
  mentor('c', ['адаптация']),
];
const file = publicMentors('Тестовый округ', mentors, schools);

describe('publicMentors', () => {
  test('has the format, the district and no contacts or consent', () => {
    expect(file).toMatchObject({ format: 'nastavnik-mentors', version: 1, district: 'Тестовый округ' });
    const text = JSON.stringify(file);
    expect(text).not.toContain('@test.example');
    expect(text).not.toContain('consent');
    expect(text).not.toContain('experienceYears');
    expect(file.mentors[0]).toEqual({
      id: 'a',
      name: 'Наставник a',
      position: 'учитель',
      school: { id: 'sosh-1', name: 'Средняя школа № 1', shortName: 'СОШ № 1' },
      forms: ['uchitel-uchitel'],
      canHelpWith: ['работа с родителями', 'планирование урока'],
    });
  });

  test('passes maxMentees when it is set, even 0', () => {
    expect(publicMentors('x', [{ ...mentor('z', ['t']), maxMentees: 0 }], schools).mentors[0]?.maxMentees).toBe(0);
  });
});

describe('registry', () => {
  test('topics are counted and ordered by how many mentors offer them', () => {
    expect(topicsOf(file.mentors)).toEqual([
      { topic: 'работа с родителями', count: 2 },
      { topic: 'адаптация', count: 1 },
      { topic: 'планирование урока', count: 1 },
    ]);
  });

  test.each([
    [{}, ['a', 'b', 'c']],
    [{ topic: 'работа с родителями' }, ['a', 'b']],
    [{ topic: 'работа с родителями', form: 'uchenik-uchenik' }, ['b']],
    [{ school: 'sosh-1' }, ['a', 'b', 'c']],
    [{ school: 'sosh-2' }, []],
  ])('filter %j → %j', (filter, ids) => {
    expect(file.mentors.filter((m) => matches(m, filter)).map((m) => m.id)).toEqual(ids);
  });

  test.each([
    [0, 1],
    [49, 1],
    [50, 2],
    [2999, 60],
  ])('mentor number %i is on page %i', (index, page) => expect(pageOf(index)).toBe(page));

  test('pages split the list; an empty list is one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
    expect(registryPagePath('/m/', 1)).toBe('/m/');
    expect(registryPagePath('/m/', 3)).toBe('/m/3/');
  });

  test('a filter survives the address', () => {
    const filter = { topic: 'работа с родителями', school: 'sosh-1', form: 'uchitel-uchitel' };
    expect(filterFromSearch(filterToSearch(filter))).toEqual(filter);
    expect(filterToSearch({})).toBe('');
    expect(filterFromSearch('?tema=&shkola=sosh-1&lishnee=1')).toEqual({ school: 'sosh-1' });
  });
});
