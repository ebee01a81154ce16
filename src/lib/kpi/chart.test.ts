import { describe, expect, it } from 'vitest';
import { chartDatasets, chartOptions, chartSeries, type ChartLook } from './chart.ts';
import type { YearCell } from './types.ts';

const cell = (year: number, over: Partial<YearCell>): YearCell => ({
  year,
  target: null,
  people: null,
  actual: null,
  actualPercent: null,
  status: null,
  ...over,
});

const years = [
  cell(2026, { target: 10, people: 5, actual: 4, actualPercent: 8 }),
  cell(2027, { target: 20, people: null, actual: null, actualPercent: null }),
  cell(2028, { target: 30, people: 15, actual: 16, actualPercent: 32 }),
];

describe('chartSeries', () => {
  it.each<['percent' | 'count', ReturnType<typeof chartSeries>]>([
    ['percent', { years: ['2026', '2027', '2028'], target: [10, null, 30], actual: [8, null, 32] }],
    ['count', { years: ['2026', '2027', '2028'], target: [5, null, 15], actual: [4, null, 16] }],
  ])('%s', (unit, expected) => expect(chartSeries(unit, { years })).toEqual(expected));
  it('has nothing to plot without years', () =>
    expect(chartSeries('count', { years: [] })).toEqual({ years: [], target: [], actual: [] }));
});

const look: ChartLook = { target: 'План', actual: 'Факт', units: 'чел.', color: (name) => `c(${name})` };

describe('chartDatasets', () => {
  const data = chartSeries('percent', { years });
  it.each([
    [false, ['План'], [true]],
    [true, ['План', 'Факт'], [true, false]],
  ])('monitoring %j draws %j', (monitoring, names, gaps) => {
    const sets = chartDatasets(data, monitoring, look);
    expect(sets.map((s) => s.label)).toEqual(names);
    expect(sets.map((s) => s.spanGaps)).toEqual(gaps);
  });
  it('dashes the actual line and colours each from its own property', () => {
    const [target, actual] = chartDatasets(data, true, look);
    expect(target).toMatchObject({ data: [10, null, 30], borderColor: 'c(--kpi-target)' });
    expect(target).not.toHaveProperty('borderDash');
    expect(actual).toMatchObject({ data: [8, null, 32], borderColor: 'c(--kpi-actual)', borderDash: [6, 4] });
  });
});

describe('chartOptions', () => {
  it.each([
    [true, 100, '%'],
    [false, undefined, 'чел.'],
  ])('percent %j: y up to %j, named %j', (percent, max, title) => {
    const y = chartOptions(percent, look).scales.y;
    expect((y as { max?: number }).max).toBe(max);
    expect(y.title.text).toBe(title);
    expect(y.beginAtZero).toBe(true);
    expect(y.ticks).toEqual({ color: 'c(--sl-color-gray-2)', precision: 0 });
  });
});
