import { describe, expect, it } from 'vitest';
import { paragraphParts, previewText } from './preview.ts';
import type { FormValues } from './values.ts';

describe('paragraphParts', () => {
  it.each<[string, ReturnType<typeof paragraphParts>]>([
    ['Без полей.', ['Без полей.']],
    [
      'Наставник {mentor}, {position}.',
      [
        'Наставник ',
        { id: 'mentor', grammar: undefined, after: ', ' },
        ', ',
        { id: 'position', grammar: undefined, after: '.' },
        '.',
      ],
    ],
    [
      'Назначить {mentor:accs} наставником',
      ['Назначить ', { id: 'mentor', grammar: 'accs', after: ' наставником' }, ' наставником'],
    ],
    ['{a}{b}', ['', { id: 'a', grammar: undefined, after: '' }, '', { id: 'b', grammar: undefined, after: '' }, '']],
    ['{Не поле} и {x:}', ['{Не поле} и {x:}']],
  ])('%j', (text, expected) => expect(paragraphParts(text)).toEqual(expected));
});

describe('previewText', () => {
  const plain = { date: false, person: false };
  const date = { date: true, person: false };
  const person = { date: false, person: true };
  it.each<[FormValues[string], typeof plain, string, string]>([
    ['  Иванова  ', plain, '', 'Иванова'],
    ['', plain, '', ''],
    [undefined, plain, '', ''],
    ['   ', plain, '', ''],
    [['наставники', 'помещения', 'площадки'], plain, '', 'наставники, помещения и площадки'],
    [['фамилия, имя', 'отчество'], plain, '', 'фамилия, имя; отчество'],
    [[{ a: '1' }], plain, '', ''],
    ['2026-09-01', date, '', '01.09.2026'],
    ['', date, '', ''],
    ['Громова Ольга Петровна, учитель', person, ' назначается', 'Громова Ольга Петровна, учитель,'],
    ['Громова Ольга Петровна, учитель', person, '.', 'Громова Ольга Петровна, учитель'],
    ['Громова Ольга Петровна', person, ' назначается', 'Громова Ольга Петровна'],
    ['Громова Ольга Петровна, учитель', plain, ' назначается', 'Громова Ольга Петровна, учитель'],
  ])('%j (%j) before %j shows %j', (value, kind, after, expected) =>
    expect(previewText(value, kind, after)).toBe(expected),
  );
});
