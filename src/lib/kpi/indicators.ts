// The indicators of the content collection as the calculator needs them: in table order, each preset as
// a list in the order of its years.
import type { Indicator } from '../../schemas/indicator.ts';
import type { KpiIndicator } from './types.ts';

export function kpiIndicators(indicators: Indicator[]): KpiIndicator[] {
  return [...indicators]
    .sort((a, b) => a.order - b.order)
    .map(({ order, title, unit, population, numerator, denominator, preset }) => ({
      order,
      title,
      unit,
      population,
      numerator,
      ...(denominator ? { denominator } : {}),
      preset: Object.keys(preset.values)
        .sort()
        .map((year) => preset.values[year]!),
    }));
}

/** The first year of the example preset, for saying where it comes from. */
export const presetYears = (indicators: Indicator[]): string[] =>
  [...new Set(indicators.flatMap((i) => Object.keys(i.preset.values)))].sort();
