import { describe, expect, it } from 'vitest';
import { shownTargets, switchedTrajectory } from './trajectory-switch.ts';
import type { IndicatorResult, YearCell } from './types.ts';

const cell = (year: number, target: number | null): YearCell => ({
  year,
  target,
  people: null,
  actual: null,
  actualPercent: null,
  status: null,
});
const row = (order: number, targets: (number | null)[]): IndicatorResult => ({
  order,
  unit: 'percent',
  population: null,
  years: targets.map((t, i) => cell(2026 + i, t)),
});

describe('shownTargets', () => {
  const rows = [row(1, [10, 12.5, null]), row(2, [3])];
  it.each<[number, string[]]>([
    [1, ['10', '12,5', '']],
    [2, ['3']],
    [9, []],
  ])('indicator %i shows %j', (order, expected) => expect(shownTargets(rows, order)).toEqual(expected));
});

describe('switchedTrajectory', () => {
  it.each<[Parameters<typeof switchedTrajectory>, ReturnType<typeof switchedTrajectory>]>([
    [['preset', ['10', '20'], [2026, 2027]], { kind: 'preset' }],
    [['line', ['10', '15', '20'], [2026, 2027, 2028]], { kind: 'line', from: '10', to: '20' }],
    [['line', [], [2026]], { kind: 'line', from: '', to: '' }],
    [['manual', ['10', '12,5'], [2026, 2027]], { kind: 'manual', values: { '2026': '10', '2027': '12,5' } }],
    [['manual', ['10'], [2026, 2027]], { kind: 'manual', values: { '2026': '10', '2027': '' } }],
    [['manual', [], []], { kind: 'manual', values: {} }],
  ])('%j', (args, expected) => expect(switchedTrajectory(...args)).toEqual(expected));
});
