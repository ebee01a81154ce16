import { describe, expect, it } from 'vitest';
import { fill, islandLabels } from './island-labels.ts';
import { isRecord } from './is-record.ts';

describe('fill', () => {
  it.each([
    ['Добавлено: {n}', { n: 3 }, 'Добавлено: 3'],
    ['{a} из {b}', { a: 1, b: 'двух' }, '1 из двух'],
    ['Нет значения: {missing}', {}, 'Нет значения: {missing}'],
    ['{n} и снова {n}', { n: 0 }, '0 и снова 0'],
    ['Без подстановок', { n: 1 }, 'Без подстановок'],
    ['{ n } с пробелами не трогаем', { n: 1 }, '{ n } с пробелами не трогаем'],
  ])('%j with %j → %j', (template, values, text) => expect(fill(template, values)).toBe(text));
});

describe('islandLabels', () => {
  const t = {
    all: () => ({
      'kpi.title': 'Показатели',
      'kpi.error.empty': 'Пусто',
      'kpiOther.x': 'нет',
      'search.label': 'Поиск',
    }),
  };
  it('keeps the keys of the prefix, without it', () =>
    expect(islandLabels('kpi', t)).toEqual({ title: 'Показатели', 'error.empty': 'Пусто' }));
});

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [null, false],
    [[], false],
    ['строка', false],
    [42, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => expect(isRecord(value)).toBe(expected));
});
