import { describe, expect, test } from 'vitest';
import { indicator as indicatorSchema } from '../schemas/indicator.ts';
import { readDataEntries } from './data-loader.ts';
import { blankFirstYear } from './roadmap-table.ts';
import { movedPresets, presetYearsNote } from './indicator-years.ts';

const indicators = readDataEntries('src/content/indicators', indicatorSchema).map((e) => indicatorSchema.parse(e.data));

describe.each([
  ['2026-09-01', ['2027', '2028', '2029', '2030', '2031']],
  ['2027-05-31', ['2027', '2028', '2029', '2030', '2031']],
  ['2027-09-01', ['2028', '2029', '2030', '2031', '2032']],
])('built on %s', (today, years) => {
  const moved = movedPresets(indicators, blankFirstYear(today));
  test('the example starts in the first school year not begun', () => expect(moved.years).toEqual(years));
  test('every value keeps its place in the example', () => {
    for (const [i, indicator] of indicators.entries()) {
      expect(Object.values(moved.indicators[i]!.preset.values)).toEqual(Object.values(indicator.preset.values));
      expect(Object.keys(moved.indicators[i]!.preset.values)).toEqual(years);
    }
  });
  test('the note names the plan’s first year and no past one', () => {
    expect(moved.source).toEqual({ from: '2020', to: '2024' });
    expect(presetYearsNote(moved)).toContain(`в ${years[0]}/${Number(years[0]) + 1} учебном году`);
    expect(presetYearsNote(moved)).not.toMatch(/2020|2024/);
  });
});

test('an example already in its years says nothing', () => {
  expect(presetYearsNote(movedPresets(indicators, 2020))).toBe('');
});
