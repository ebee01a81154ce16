import { describe, expect, it } from 'vitest';
import { typesetAround } from './typeset-form.ts';

describe('typesetAround', () => {
  it.each([
    // The closing quote after a placeholder stays closing.
    ['в роли «{role}» в форме наставничества «{form}».', 'в\u00a0роли «{role}» в\u00a0форме наставничества «{form}».'],
    ['в форме «{form}»', 'в\u00a0форме «{form}»'],
    // Placeholders, with or without a case, are kept as written.
    ['Куратору {curator:dat} обеспечить', 'Куратору {curator:dat} обеспечить'],
    ['до {plans-due}.', 'до\u00a0{plans-due}.'],
  ])('%s', (source, expected) => expect(typesetAround(source)).toBe(expected));
});
