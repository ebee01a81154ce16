import { describe, expect, it } from 'vitest';
import { collect, unknownSchools } from './collect.ts';
import { testToday, testWorkspace, testWorkspaceText, twentyFiles } from './test-files.ts';
import { summaryFromWorkspace } from './summary.ts';
import { summariesFromCounts } from './counts-table.ts';
import type { DistrictSchool } from './types.ts';

const district: DistrictSchool[] = [
  { id: 'sosh-1', name: 'МБОУ «Средняя общеобразовательная школа № 1»', shortName: 'СОШ № 1', kind: 'school' },
  { id: 'sosh-2', name: 'МБОУ «Средняя общеобразовательная школа № 2»', shortName: 'СОШ № 2', kind: 'school' },
];

describe('summaryFromWorkspace', () => {
  it('reads each record through its tool and keeps aggregates only', () => {
    const { summary, messages } = summaryFromWorkspace('a.json', testWorkspace({ shortName: 'СОШ № 1' }), testToday);
    expect(messages).toEqual([]);
    expect(summary).toMatchObject({
      name: 'СОШ № 1',
      source: 'workspace',
      counts: { students10to18: 400, youngTeachers: 6, surveyedMentees: 5, surveyedMentors: 5 },
      kpiActuals: { 1: { 2026: 40 }, 2: { 2026: 10 }, 4: { 2026: 2 } },
      youngTeacherMentees: 2,
      studentMentees: 2,
      responses: 10,
      mentees: { answered: 5, satisfied: 5 },
    });
    expect(summary!.mentors).toHaveLength(3);
    expect(summary!.programmes.map((p) => p.form).sort()).toEqual(['uchenik-uchenik', 'uchitel-uchitel']);
  });

  it('names a damaged record and counts the rest', () => {
    const file = testWorkspace({ shortName: 'СОШ № 1' });
    file.records['nastavnik:pairs'] = '{"v":1,"data":';
    const { summary, messages } = summaryFromWorkspace('a.json', file, testToday);
    expect(messages).toEqual([
      expect.objectContaining({ level: 'warning', text: expect.stringContaining('Подбор пар не прочитан') }),
    ]);
    expect(summary!.responses).toBe(10);
    expect(summary!.mentors).toEqual([]);
  });
});

describe('collect', () => {
  it('counts the good files of twenty, names the broken, the duplicate and the schools missing from the list', () => {
    const files = twentyFiles(['СОШ № 1', 'СОШ № 2']);
    const { schools, messages } = collect([], files, {}, district, testToday);
    expect(files).toHaveLength(20);
    expect(schools).toHaveLength(17);
    const errors = messages.filter((m) => m.level === 'error');
    expect(errors.map((m) => m.file).sort()).toEqual(['drugoj-fajl.json', 'slomannyj.json']);
    expect(messages.find((m) => m.file === 'povtor-shkoly-1.json')?.text).toContain('не посчитан');
    expect(unknownSchools(schools, district).map((s) => s.name)).toEqual(
      Array.from({ length: 15 }, (_, i) => `Школа № ${31 + i}`),
    );
  });

  it('takes the later of two files of one school, matched by the district list’s full name', () => {
    const older = testWorkspaceText({ shortName: 'СОШ № 1', mentors: 1 }, '2026-11-01T00:00:00.000Z');
    const newer = testWorkspaceText(
      { shortName: 'Школа 1', fullName: 'МБОУ «Средняя общеобразовательная школа №1»', mentors: 5 },
      '2026-12-01T00:00:00.000Z',
    );
    const first = collect([], [{ name: 'old.json', text: older }], {}, district, testToday);
    const second = collect(first.schools, [{ name: 'new.json', text: newer }], {}, district, testToday);
    expect(second.schools).toHaveLength(1);
    expect(second.schools[0]!.mentors).toHaveLength(5);
    expect(second.messages[0]!.text).toContain('сохранён позже');
  });
});

describe('summariesFromCounts', () => {
  it.each([
    [
      [
        'Организация',
        'Обучающихся 10–18 лет',
        'Наставляемых 10–18 лет',
        'Анкет наставляемых',
        'Довольных наставляемых',
      ],
      ['СОШ № 2', '300', '45', '20', '15'],
      { students10to18: 300, surveyedMentees: 20 },
      { 1: { 2026: 45 } },
      { answered: 20, satisfied: 15 },
    ],
    [
      ['Школа', 'Молодых педагогов', 'Наставляемых молодых педагогов', 'Организаций-партнёров'],
      ['СОШ № 1', '4', '4', '2'],
      { youngTeachers: 4, partnerOrganisations: 2 },
      { 3: { 2026: 4 } },
      null,
    ],
  ])('reads columns by their names: %j', (header, row, counts, actuals, mentees) => {
    const { summaries, messages } = summariesFromCounts('t.xlsx', [header, row], '2026');
    expect(messages).toEqual([]);
    expect(summaries[0]).toMatchObject({ counts, kpiActuals: actuals, mentees, source: 'counts' });
  });

  it('refuses a table without the organisation column and names a bad cell', () => {
    expect(summariesFromCounts('t.csv', [['ФИО', 'Стаж']], '2026').messages[0]!.text).toContain(
      'не таблица численности',
    );
    const { messages } = summariesFromCounts(
      't.csv',
      [
        ['Организация', 'Молодых педагогов'],
        ['СОШ № 1', 'пять'],
      ],
      '2026',
    );
    expect(messages[0]!.text).toContain('«пять» — не целое число');
  });
});
