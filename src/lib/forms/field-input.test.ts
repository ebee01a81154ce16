import { describe, expect, it } from 'vitest';
import { chosenOptions, inputText, scaleSteps, tableRows, toggledChoice, withCell } from './field-input.ts';
import type { FormValues } from './values.ts';

describe('inputText', () => {
  it.each<[FormValues[string], string]>([
    ['Иванова', 'Иванова'],
    ['', ''],
    [undefined, ''],
    [['а', 'б'], ''],
    [[{ a: '1' }], ''],
  ])('%j shows %j', (value, expected) => expect(inputText(value)).toBe(expected));
});

describe('chosenOptions', () => {
  it.each<[FormValues[string], string[]]>([
    [
      ['да', 'нет'],
      ['да', 'нет'],
    ],
    ['да', ['да']],
    ['', []],
    [undefined, []],
  ])('%j ticks %j', (value, expected) => expect(chosenOptions(value)).toEqual(expected));
});

describe('toggledChoice', () => {
  const options = ['а', 'б', 'в'];
  it.each<[boolean | undefined, string[], string, boolean, string | string[]]>([
    [true, [], 'б', true, ['б']],
    [true, ['в'], 'а', true, ['а', 'в']],
    [true, ['а', 'в'], 'а', false, ['в']],
    [true, ['в', 'а'], 'б', true, ['а', 'б', 'в']],
    [true, ['чужое'], 'а', true, ['а']],
    [false, ['а'], 'в', true, 'в'],
    [undefined, [], 'б', true, 'б'],
  ])('multiple %j, chosen %j, %j → %j gives %j', (multiple, chosen, option, checked, expected) =>
    expect(toggledChoice(options, multiple, chosen, option, checked)).toEqual(expected),
  );
});

describe('scaleSteps', () => {
  it.each<[number, number, string[]]>([
    [1, 5, ['1', '2', '3', '4', '5']],
    [0, 2, ['0', '1', '2']],
    [3, 3, ['3']],
  ])('%i to %i', (min, max, expected) => expect(scaleSteps(min, max)).toEqual(expected));
});

describe('tableRows and withCell', () => {
  const rows = [
    { what: 'Встреча', when: 'сентябрь' },
    { what: 'Урок', when: '' },
  ];
  it.each<[FormValues[string], number]>([
    [rows, 2],
    ['текст', 0],
    [undefined, 0],
  ])('%j has %i rows', (value, count) => expect(tableRows(value)).toHaveLength(count));
  it.each<[number, string, string, typeof rows]>([
    [1, 'when', 'октябрь', [rows[0]!, { what: 'Урок', when: 'октябрь' }]],
    [0, 'note', 'х', [{ ...rows[0]!, note: 'х' } as (typeof rows)[0], rows[1]!]],
    [5, 'when', 'май', rows],
  ])('row %i, %s = %j', (index, column, cell, expected) =>
    expect(withCell(rows, index, column, cell)).toEqual(expected),
  );
  it('leaves the rows it was given as they were', () => {
    const before = structuredClone(rows);
    withCell(rows, 0, 'what', 'другое');
    expect(rows).toEqual(before);
  });
});
