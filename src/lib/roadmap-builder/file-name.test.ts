import { describe, expect, it } from 'vitest';
import { exportFileName } from './exports.ts';
import type { BuilderState } from './state.ts';

/** Only what the file name reads; the rest of a roadmap does not change it. */
const state = (organisation: string, people: BuilderState['people']) =>
  ({ organisation, people, start: '2026-10-19' }) as unknown as BuilderState;

describe('exportFileName', () => {
  it.each([
    [
      'a pair’s plan by the pair',
      state('МБОУ «СШ № 5»', [
        { role: 'Наставник', name: 'Громова О. П.' },
        { role: 'Наставляемый', name: 'Иванова А. С.' },
        { role: 'Куратор', name: 'Кузнецова О. Н.' },
      ]),
      'docx',
      'plan-gromova-ivanova-2026-10-19.docx',
    ],
    [
      'a young teacher’s plan',
      state('', [{ role: 'Молодой педагог', name: 'Петров И. И.' }]),
      'ics',
      'plan-petrov-2026-10-19.ics',
    ],
    [
      'a school’s roadmap by the school',
      state('МБОУ «СШ № 5»', [{ role: 'Директор', name: 'Орлова М. В.' }]),
      'xlsx',
      'dorozhnaya-karta-mbou-ssh-5-2026-10-19.xlsx',
    ],
    [
      'a roadmap with no names yet',
      state('', [{ role: 'Наставник', name: '' }]),
      'csv',
      'dorozhnaya-karta-2026-10-19.csv',
    ],
  ])('%s', (_name, roadmap, extension, expected) => {
    expect(exportFileName(roadmap, extension)).toBe(expected);
  });
});
