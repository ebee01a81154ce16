import { expect, test } from 'vitest';
import { Packer } from 'docx';
import { indicatorsDocument, indicatorsTitle } from '../docx/indicators.ts';
import { docxText } from '../docx/read.ts';
import { computeKpi } from './district.ts';
import { documentData } from './document.ts';
import { exampleState } from './url-state.ts';
import { indicators } from './test-data.ts';

test("the calculator's .docx is seed 003's table with the school's people", async () => {
  const state = { ...exampleState('2026-11-20'), organisation: 'Средняя школа № 40' };
  const data = documentData(state, computeKpi(state, indicators), indicators);
  expect(data.values[1]).toEqual({
    '2026': '10\n\n(15 чел.)',
    '2027': '20\n\n(29 чел.)',
    '2028': '35\n\n(51 чел.)',
    '2029': '50\n\n(72 чел.)',
    '2030': '70\n\n(101 чел.)',
  });
  expect(data.values[4]).toEqual({ '2026': '1', '2027': '2', '2028': '3', '2029': '4', '2030': '5' });
  const text = docxText(
    new Uint8Array(
      await Packer.toBuffer(
        indicatorsDocument(data.indicators, data.years, data.organisation, data.values, data.notes),
      ),
    ),
  );
  expect(text).toContain(`${indicatorsTitle} — Средняя школа № 40`);
  expect(text).toContain('на 2026–2030 годы');
  expect(text).toContain('(101 чел.)');
  expect(text).toContain('обучающиеся 10–18 лет — 143');
  expect(text).toContain('округляется вверх');
});

test("a district's .docx prints the totals and says how they add up", () => {
  const base = exampleState('2026-11-20');
  const second = {
    name: 'СОШ № 2',
    counts: {
      students10to18: '200',
      students15to18: '70',
      youngTeachers: '3',
      partnerOrganisations: '6',
      surveyedMentees: '50',
      surveyedMentors: '25',
    },
  };
  const state = { ...base, mode: 'district' as const, schools: [...base.schools, second] };
  const data = documentData(state, computeKpi(state, indicators), indicators);
  expect(data.values[1]!['2030']).toBe('70\n\n(241 чел.)');
  expect(data.notes[0]).toContain('Всего по 2 школам района: обучающиеся 10–18 лет — 343');
  expect(data.notes[1]).toContain('сумма целей школ');
});

test('with «Сравнить с фактом» on, the .docx carries the actuals under the targets and says what they are', () => {
  const base = exampleState('2026-11-20');
  const state = { ...base, monitoring: true, actuals: { 1: { '2026': '20' } } };
  const data = documentData(state, computeKpi(state, indicators), indicators);
  expect(data.values[1]?.['2026']).toBe('план: 10\n\n(15 чел.)\n\nфакт: 14 (20 чел.)');
  expect(data.values[1]?.['2027']).toBe('20\n\n(29 чел.)');
  expect(data.notes.some((note) => note.startsWith('План — целевое значение'))).toBe(true);
  const plain = documentData(base, computeKpi(base, indicators), indicators);
  expect(plain.notes.some((note) => note.startsWith('План'))).toBe(false);
});
