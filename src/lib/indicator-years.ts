// The example targets of the planned-results table, with their years moved as a roadmap blank's are
// (roadmap-table.ts, blankFirstYear): the example's first year becomes the first school year not begun on the
// day of the build, so neither the page nor the blank offers targets for years already past.
import type { Indicator } from '../schemas/indicator.ts';

export interface MovedPresets {
  indicators: Indicator[];
  /** The moved years, in order: «2027», «2028»… */
  years: string[];
  /** The example's own first and last year, as its source names them. */
  source: { from: string; to: string };
}

export function movedPresets(indicators: Indicator[], firstYear: number): MovedPresets {
  const own = [...new Set(indicators.flatMap((i) => Object.keys(i.preset.values)))].sort();
  const shift = own.length > 0 ? firstYear - Number(own[0]) : 0;
  const move = (year: string) => String(Number(year) + shift);
  return {
    indicators: indicators.map((indicator) => ({
      ...indicator,
      preset: {
        ...indicator.preset,
        values: Object.fromEntries(Object.entries(indicator.preset.values).map(([year, v]) => [move(year), v])),
      },
    })),
    years: own.map(move),
    source: { from: own[0] ?? '', to: own.at(-1) ?? '' },
  };
}

/**
 * What the blank says under the table about its years. It names no past year itself: a blank shows none
 * (roadmap-blanks.test.ts).
 */
export const presetYearsNote = ({ source, years }: MovedPresets): string =>
  source.from === years[0]
    ? ''
    : 'Значения — пример из дорожной карты одной школы, не норматив; годы примера перенесены на план, который ' +
      `начинается в ${years[0]}/${Number(years[0]) + 1} учебном году. Впишите свои значения.`;
