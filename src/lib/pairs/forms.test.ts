import { describe, expect, it } from 'vitest';
import { parseForm, parseForms } from './forms.ts';

describe('forms of mentoring', () => {
  it.each([
    ['учитель – учитель', 'uchitel-uchitel'],
    ['Учитель-учитель', 'uchitel-uchitel'],
    ['  ученик —  ученик ', 'uchenik-uchenik'],
    ['uchitel-uchitel', 'uchitel-uchitel'],
    ['', ''],
    ['дружба', null],
  ])('%j reads as %j', (text, id) => {
    expect(parseForm(text)).toBe(id);
  });

  it('reads several forms in a cell and keeps the unknown ones to report', () => {
    expect(parseForms('учитель – учитель; ученик-ученик, дружба')).toEqual({
      forms: ['uchitel-uchitel', 'uchenik-uchenik'],
      unknown: ['дружба'],
    });
  });
});
