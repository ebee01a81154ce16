import { describe, expect, it } from 'vitest';
import { declinePerson, needsGender, parsePerson } from './person.ts';

describe('declinePerson', () => {
  it.each([
    ['Кузнецова Ольга Николаевна', 'accs', 'Кузнецову Ольгу Николаевну'],
    [
      'Кузнецова Ольга Николаевна, заместитель директора по УВР',
      'accs',
      'Кузнецову Ольгу Николаевну, заместителя директора по УВР',
    ],
    ['Орлова И. В., заместитель директора по УВР', 'dat', 'Орловой И. В., заместителю директора по УВР'],
    ['заместитель директора по УВР Кузнецова О. Н.', 'accs', 'заместителя директора по УВР Кузнецову О. Н.'],
    ['директор Иванов Пётр Сергеевич', 'gent', 'директора Иванова Петра Сергеевича'],
    ['Директор, Петрова Н. А.', 'gent', 'Директора, Петровой Н. А.'],
    ['Директор Иванов Пётр', 'gent', 'Директора Иванова Петра'],
    ['Смирнов Олег Ильич — учитель информатики', 'dat', 'Смирнову Олегу Ильичу — учителю информатики'],
    ['Иванов Пётр, ученик 9 «А» класса', 'gent', 'Иванова Петра, ученика 9 «А» класса'],
    ['учитель физики', 'accs', 'учителя физики'],
    ['Кузнецова Ольга Николаевна', 'nomn', 'Кузнецова Ольга Николаевна'],
  ] as const)('%s, %s → %s', (text, grammar, expected) => expect(declinePerson(text, grammar)).toBe(expected));

  it('asks the gender when nothing tells it, and declines with the one chosen', () => {
    expect(needsGender('Ким Е. В., учитель физики')).toBe(true);
    expect(declinePerson('Ким Е. В., учитель физики', 'dat')).toBeNull();
    expect(declinePerson('Ким Е. В., учитель физики', 'dat', 'male')).toBe('Киму Е. В., учителю физики');
    expect(declinePerson('Ким Е. В., учитель физики', 'dat', 'female')).toBe('Ким Е. В., учителю физики');
    expect(needsGender('Кузнецова О. Н.')).toBe(false);
    expect(needsGender('учитель физики')).toBe(false);
  });

  it('finds no name in a position alone', () => expect(parsePerson('заместитель директора по УВР')).toBeNull());
});
