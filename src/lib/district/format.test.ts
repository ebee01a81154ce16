import { describe, expect, test } from 'vitest';
import { eventWhen, eventsByMonth, monthHeading, periodText, yearsText } from './format.ts';
import { districtFigures } from './figures.ts';

describe('dates', () => {
  test.each([
    [{ start: '2026-09-24' }, '24 сентября 2026'],
    [{ start: '2026-09-24', time: '14:00' }, '24 сентября 2026, 14:00'],
    [{ start: '2026-11-16', end: '2026-11-20' }, '16–20 ноября 2026'],
    [{ start: '2026-11-30', end: '2026-12-04' }, '30 ноября — 4 декабря 2026'],
    [{ start: '2026-12-28', end: '2027-01-09' }, '28 декабря 2026 — 9 января 2027'],
    [{ start: '2026-09-24', end: '2026-09-24' }, '24 сентября 2026'],
  ])('%j → %s', (event, text) => expect(eventWhen(event)).toBe(text));

  test('other formats', () => {
    expect(monthHeading('2027-02')).toBe('Февраль 2027');
    expect(periodText({ from: '2026-09-01', to: '2027-05-31' })).toBe('01.09.2026 — 31.05.2027');
  });

  test('events are grouped by month in date order', () => {
    const grouped = eventsByMonth([
      { start: '2026-10-15', title: 'Б' },
      { start: '2026-09-24', title: 'А' },
      { start: '2026-10-01', title: 'В' },
    ]);
    expect(grouped.map((g) => [g.month, g.events.map((e) => e.title)])).toEqual([
      ['2026-09', ['А']],
      ['2026-10', ['В', 'Б']],
    ]);
  });
});

describe('counts', () => {
  test('years of experience', () => {
    expect(yearsText(0)).toBe('меньше года');
    expect(yearsText(24)).toBe('24 года');
  });

  test('figures are computed from the data', () => {
    const figures = districtFigures(
      {
        schools: [
          { id: 'a', name: 'A', shortName: 'A', kind: 'school', cluster: 'ШНОР' },
          { id: 'b', name: 'B', shortName: 'B', kind: 'kindergarten' },
        ],
        mentors: [
          {
            id: 'm',
            name: 'М',
            position: 'п',
            school: 'a',
            experienceYears: 1,
            forms: ['uchitel-uchitel'],
            canHelpWith: ['т'],
            consent: true,
            contacts: { email: 'm@test.example' },
          },
          {
            id: 'n',
            name: 'Н',
            position: 'п',
            school: 'a',
            experienceYears: 1,
            forms: ['uchitel-uchitel'],
            canHelpWith: ['т'],
            consent: true,
          },
        ],
        programmes: [
          {
            id: 'p',
            title: 'П',
            form: 'uchitel-uchitel',
            school: 'a',
            participants: 6,
            period: { from: '2026-09-01', to: '2027-05-31' },
          },
          {
            id: 'q',
            title: 'Q',
            form: 'uchitel-uchitel',
            school: 'b',
            participants: 4,
            period: { from: '2025-09-01', to: '2026-05-31' },
          },
        ],
        events: [{ id: 'e', title: 'E', start: '2026-09-24', format: 'ф' }],
        documents: [],
      },
      '2026-10-01',
    );
    expect(figures).toMatchObject({
      organisations: 2,
      mentors: 2,
      mentorsWithContacts: 1,
      programmes: 2,
      participants: 10,
      activeProgrammes: 1,
      events: 1,
      upcomingEvents: 0,
    });
    expect(figures.byKind).toEqual({ school: 1, kindergarten: 1, additionalEducation: 0, college: 0 });
    expect(figures.byCluster).toEqual({ ШНОР: 1, ШСОР: 0, ШВОР: 0 });
  });
});
