// How an indicator's formula reads, the same on the page and in the document.
import type { Indicator } from '../schemas/indicator.ts';

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function indicatorFormula(indicator: Pick<Indicator, 'numerator' | 'denominator'>): string {
  return indicator.denominator
    ? `Считается: ${lower(indicator.numerator)} ÷ ${lower(indicator.denominator)} × 100 %`
    : `Считается: ${lower(indicator.numerator)}`;
}

export const unitLabel = { percent: '%', count: 'ед.' } as const;
