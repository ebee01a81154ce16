import { describe, expect, it } from 'vitest';
import { limitMessage, limits } from './limits.ts';

describe('limitMessage', () => {
  it.each<[string, string, number, string | null]>([
    ['empty', '', 200, null],
    ['one short of the limit', 'я'.repeat(199), 200, null],
    ['at the limit', 'я'.repeat(200), 200, 'В поле не больше 200 знаков'],
    ['over it (an older save)', 'я'.repeat(5001), 5000, 'В поле не больше 5\u00a0000 знаков'],
    ['one', 'я', 1, 'В поле не больше 1 знака'],
    ['a number of the few form', 'яя', 2, 'В поле не больше 2 знаков'],
  ])('%s', (_name, value, max, start) => {
    const message = limitMessage(value, max);
    if (start === null) expect(message).toBeNull();
    else expect(message).toMatch(new RegExp(`^${start} — это предел`));
  });
});

describe('limits', () => {
  it.each(Object.entries(limits))('%s is a positive whole number', (_name, value) => {
    expect(Number.isInteger(value) && value > 0).toBe(true);
  });

  it('fits a document: a name within an organisation line, a long text within a storage budget', () => {
    expect(limits.personName).toBeLessThan(limits.organisation);
    expect(limits.longText).toBeLessThanOrEqual(10_000);
  });
});
