import { describe, expect, it } from 'vitest';
import { closeUpNumbers, closeUpSections, nextNumber, numberForNewItem, numbersOf } from './numbering.ts';

describe('nextNumber', () => {
  it.each([
    ['1', '2'],
    ['9', '10'],
    ['2.3', '2.4'],
    ['6.1.2', '6.1.3'],
    ['1.9', '1.10'],
    ['а', 'б'],
    ['е', 'ж'],
    ['и', 'к'],
    ['1.a', '1.b'],
    ['1.f', '1.g'],
    ['А', 'Б'],
    ['3)', '4)'],
    ['2.', '3.'],
    ['я', '29'],
    ['—', ''],
  ])('after «%s» comes «%s»', (previous, next) => expect(nextNumber(previous)).toBe(next));
});

let ids = 0;
const section = (...numbers: (string | undefined)[]) => ({
  items: numbers.map((number) => ({ id: `i${++ids}`, ...(number ? { number } : {}) })),
});

describe('numberForNewItem', () => {
  it.each([
    ["after the section's last row", [section('1.1', '1.2'), section('2.1', '2.3')], 1, '2.4'],
    ['letters go on', [section('1', '2'), section('а', 'б')], 1, 'в'],
    ['an empty section of a roadmap numbered by sections', [section('1.1'), section()], 1, '2.1'],
    ['an empty section of a roadmap numbered by letters', [section('а', 'б'), section()], 1, 'в'],
    ['a roadmap numbered 1, 2, 3… through is counted', [section('1', '2'), section('3')], 0, ''],
    ['a roadmap with no numbers of its own is counted', [section(undefined), section()], 1, ''],
  ])('%s', (_what, sections, index, expected) => expect(numberForNewItem(sections, index)).toBe(expected));
});

describe('numbersOf', () => {
  it.each([
    [
      'keeps own numbers and counts rows without one by place',
      [section('1.1', undefined), section('а')],
      ['1.1', '2', 'а'],
    ],
    [
      'counts a roadmap numbered through, so a moved row does not keep a stale number',
      [section('2', '1'), section('3')],
      ['1', '2', '3'],
    ],
    ['keeps 6.1.2 and 1.a', [section('6.1.1', '6.1.2'), section('1.a')], ['6.1.1', '6.1.2', '1.a']],
  ])('%s', (_what, sections, expected) => expect([...numbersOf(sections).values()]).toEqual(expected));
});

describe('closeUpNumbers', () => {
  /** The numbers of section `s` after its row `index` is removed and the others close up. */
  const after = (sections: ReturnType<typeof section>[], s: number, index: number) => {
    const changes = new Map(closeUpNumbers(sections, s, index).map((c) => [c.id, c.to]));
    return sections[s]!.items.filter((_, i) => i !== index).map((item) => changes.get(item.id) ?? item.number ?? '');
  };
  it.each([
    [
      'the rows after it take one number earlier',
      [section('1.1'), section('2.1', '2.2', '2.3', '2.4')],
      1,
      1,
      ['2.1', '2.2', '2.3'],
    ],
    ['removing the last row changes nothing', [section('1.1'), section('2.1', '2.2', '2.3')], 1, 2, ['2.1', '2.2']],
    ['removing the first row', [section('1.1'), section('2.1', '2.2', '2.3')], 1, 0, ['2.1', '2.2']],
    ['letters close up too', [section('а', 'б', 'в', 'г')], 0, 1, ['а', 'б', 'в']],
    ['6.1.2 as the seeds number', [section('6.1.1', '6.1.2', '6.1.3')], 0, 0, ['6.1.1', '6.1.2']],
    [
      'a sub-row follows its row',
      [section('2.1', '2.2', '2.3', '2.3.1', '2.3.2', '2.4')],
      0,
      1,
      ['2.1', '2.2', '2.2.1', '2.2.2', '2.3'],
    ],
    [
      'the run ends at a row that does not continue it',
      [section('2.1', '2.2', '2.3', '2.7', '2.8')],
      0,
      0,
      ['2.1', '2.2', '2.7', '2.8'],
    ],
    ['a row without a number ends the run', [section('1.1', '1.2', undefined, '1.3')], 0, 0, ['1.1', '', '1.3']],
    ['a removed row without a number changes nothing', [section('1.1', undefined, '1.2')], 0, 1, ['1.1', '1.2']],
    ['other sections keep theirs', [section('1.1', '1.2'), section('2.1')], 0, 0, ['1.1']],
  ])('%s', (_what, sections, s, index, expected) => expect(after(sections, s, index)).toEqual(expected));

  it('a roadmap counted 1, 2, 3… through is numbered by place: nothing to change', () => {
    expect(closeUpNumbers([section('1', '2'), section('3')], 0, 0)).toEqual([]);
  });
});

describe('closeUpSections', () => {
  /** Every section's numbers after section `removed` is taken out and the ones after it close up. */
  const after = (sections: ReturnType<typeof section>[], removed: number) => {
    const changes = new Map(closeUpSections(sections, removed).map((c) => [c.id, c.to]));
    return sections
      .filter((_, s) => s !== removed)
      .map((sec) => sec.items.map((item) => changes.get(item.id) ?? item.number ?? '').join(' '));
  };
  it.each([
    [
      'the sections after it take the number one earlier',
      [section('1.1'), section('2.1', '2.2'), section('3.1', '3.1.1', '3.а'), section('4.1')],
      1,
      ['1.1', '2.1 2.1.1 2.а', '3.1'],
    ],
    ['removing the last section changes nothing', [section('1.1'), section('2.1')], 1, ['1.1']],
    [
      'from a section not numbered by its place, nothing changes',
      [section('1.1'), section('2.1'), section('7.1'), section('4.1')],
      1,
      ['1.1', '7.1', '4.1'],
    ],
    ['letters are not section numbers', [section('а', 'б'), section('в')], 0, ['в']],
    ['a roadmap counted through is numbered by place', [section('1', '2'), section('3')], 0, ['3']],
  ])('%s', (_what, sections, removed, expected) => expect(after(sections, removed)).toEqual(expected));
});
