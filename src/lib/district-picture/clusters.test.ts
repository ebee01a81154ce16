import { describe, expect, it } from 'vitest';
import { indicators } from '../kpi/test-data.ts';
import type { Cell, SchoolRow } from './aggregate.ts';
import { clusterSchools, defaultRules, ruleErrors, rulesText, type ClusterRules } from './clusters.ts';

const cell = (order: number, actualPercent: number | null, unit: Cell['unit'] = 'percent'): Cell => ({
  order,
  unit,
  population: 100,
  target: null,
  people: null,
  actual: actualPercent,
  actualPercent: unit === 'percent' ? actualPercent : null,
  status: null,
});
const school = (cells: Cell[]): SchoolRow => ({ key: 'k', name: 'СОШ № 1', cells });
const rules: ClusterRules = {
  rules: [
    { order: 1, low: 20, high: 50 },
    { order: 4, low: 1, high: 3 },
  ],
};

describe('clusterSchools', () => {
  it.each([
    ['both high', 50, 3, 'ШВОР'],
    ['just below the upper threshold', 49.9, 3, 'ШСОР'],
    ['at the lower threshold: not low', 20, 2, 'ШСОР'],
    ['just below the lower threshold', 19.9, 3, 'ШНОР'],
    ['a count below its lower threshold', 80, 0, 'ШНОР'],
    ['one unknown, the other high', null, 3, 'ШВОР'],
    ['one unknown, the other low', null, 0, 'ШНОР'],
    ['nothing known', null, null, null],
  ])('%s', (_name, share, count, cluster) => {
    const [result] = clusterSchools([school([cell(1, share), cell(4, count, 'count')])], rules);
    expect(result!.cluster).toBe(cluster);
    expect(result!.reasons).toHaveLength(2);
  });

  it('says why, indicator by indicator', () => {
    const [result] = clusterSchools([school([cell(1, 12.5), cell(4, 3, 'count')])], rules);
    expect(result!.reasons).toEqual(['№ 1: 12,5 % — ниже 20 %, низкий', '№ 4: 3 — не ниже 3, высокий']);
  });
});

describe('ruleErrors', () => {
  it.each([
    ['the defaults', defaultRules, []],
    ['no indicator', { rules: [] }, ['Выберите хотя бы один показатель']],
    ['reversed thresholds', { rules: [{ order: 1, low: 60, high: 50 }] }, ['нижний порог (60) больше верхнего (50)']],
    ['a share over 100', { rules: [{ order: 5, low: 60, high: 120 }] }, ['не больше 100 %']],
    ['an unknown indicator', { rules: [{ order: 9, low: 1, high: 2 }] }, ['Показателя № 9 нет']],
  ])('%s', (_name, given, expected) => {
    const errors = ruleErrors(given, indicators);
    expect(errors).toHaveLength(expected.length);
    for (const [i, text] of expected.entries()) expect(errors[i]).toContain(text);
  });

  it('states the rules in words', () => {
    expect(rulesText(defaultRules, indicators)[0]).toMatch(
      /^№ 1 «Доля детей и молодёжи.*»: ниже 20 % — низкий, от 50 % — высокий$/,
    );
  });
});
