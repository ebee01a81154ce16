import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { decodeShare, encodeShare } from './persist.ts';
import { newPlanHash, parseNewPlanHash, shareableRoadmap } from './link.ts';
import { newRoadmap } from './state.ts';

describe('new-plan link', () => {
  it.each([
    [{ template: 'vstrechi-nastavnicheskoj-pary', start: '2026-09-01' }],
    [
      {
        template: 'individualnyj-plan-molodogo-pedagoga',
        start: '2026-10-15',
        organisation: 'МБОУ «СОШ № 3»',
        mentor: 'Иванова А. П.',
        mentee: 'Код 17 & co',
      },
    ],
  ])('round-trips %o', (link) => {
    expect(parseNewPlanHash(newPlanHash(link))).toEqual(link);
  });

  it.each(['', '#', '#new=x', '#start=2026-09-01', '#new=x&start=01.09.2026', '#new=x&start=2026-02-30', '#kpi=abc'])(
    'is not a new-plan link: %s',
    (hash) => {
      expect(parseNewPlanHash(hash)).toBeNull();
    },
  );
});

describe('share link of a roadmap', () => {
  const entry = readDataEntries('src/content/roadmaps', roadmapTemplate).find(
    (e) => e.id === 'shkolnaya-dorozhnaya-karta',
  )!;
  const people = [
    { role: 'Куратор', name: 'Соколова Анна Викторовна' },
    { role: 'Директор', name: 'Петров Илья Сергеевич' },
  ];
  const state = {
    ...newRoadmap(entry.id, roadmapTemplate.parse(entry.data), {
      start: '2026-09-01',
      end: '2027-08-31',
      id: 'abc',
      organisation: 'МБОУ «СОШ № 7»',
    }),
    head: 'Петров И. С.',
    people,
  };
  const opened = (names: boolean) => {
    const read = decodeShare(encodeShare(shareableRoadmap(state, names)));
    if (!('state' in read)) throw new Error(read.error);
    return read.state;
  };

  // Each row: whether names were asked for, and what the opened link holds in each field that may name someone.
  it.each<[string, boolean, string, string, string[]]>([
    ['by default: roles without names', false, '', '', ['', '']],
    [
      'names asked for: everything',
      true,
      'МБОУ «СОШ № 7»',
      'Петров И. С.',
      ['Соколова Анна Викторовна', 'Петров Илья Сергеевич'],
    ],
  ])('%s', (_kind, names, organisation, head, personNames) => {
    const read = opened(names);
    expect(read.organisation).toBe(organisation);
    expect(read.head).toBe(head);
    expect(read.people).toEqual(people.map((person, i) => ({ role: person.role, name: personNames[i] })));
    expect(read.sections).toEqual(state.sections);
    expect([read.start, read.end, read.title]).toEqual([state.start, state.end, state.title]);
  });

  it('by default no name is anywhere in the link', () => {
    const json = JSON.stringify(shareableRoadmap(state, false));
    for (const name of ['Соколова', 'Петров', 'СОШ № 7']) expect(json).not.toContain(name);
  });
});
