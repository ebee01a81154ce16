// Reading what a person typed: counts of people, percentages, years. Each reader returns a number or the
// reason it refuses the text, so the page can say what is wrong beside the field and never shows NaN.
import type { KpiError } from './types.ts';

export type Parsed = { ok: true; value: number } | { ok: false; error: KpiError };

const fail = (code: KpiError['code'], limit?: number): Parsed => ({
  ok: false,
  error: limit === undefined ? { code } : { code, limit },
});

/** A number as Russians type it: spaces between thousands, a comma or a point before the decimals. */
function number(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A number of people or organisations: a whole number, zero or more. */
export function parseCount(text: string): Parsed {
  if (text.trim() === '') return fail('empty');
  const value = number(text);
  if (value === null || !Number.isFinite(value)) return fail('notNumber');
  if (value < 0) return fail('negative');
  if (!Number.isInteger(value)) return fail('fractional');
  if (value > 1_000_000) return fail('notNumber');
  return { ok: true, value };
}

/** A count that is a denominator: a share of zero people is not defined. */
export function parsePopulation(text: string): Parsed {
  const parsed = parseCount(text);
  if (parsed.ok && parsed.value === 0) return fail('zeroPopulation');
  return parsed;
}

/** An actual count, which cannot exceed the population it is taken from. */
export function parseActual(text: string, population: number | null): Parsed {
  const parsed = parseCount(text);
  if (parsed.ok && population !== null && parsed.value > population) return fail('overPopulation', population);
  return parsed;
}

/** A target share: 0 to 100 %, at most two decimals. */
export function parsePercent(text: string): Parsed {
  if (text.trim() === '') return fail('empty');
  const value = number(text);
  if (value === null || !Number.isFinite(value)) return fail('notNumber');
  if (value < 0) return fail('negative');
  if (value > 100) return fail('overHundred', 100);
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-9) return fail('tooManyDecimals');
  return { ok: true, value };
}

/** A count target (organisations): a non-negative number, fractional only on a straight line. */
export function parseTargetCount(text: string, population: number | null): Parsed {
  const parsed = parseCount(text);
  if (parsed.ok && population !== null && parsed.value > population) return fail('overPopulation', population);
  return parsed;
}

export const minYear = 2000;
export const maxYear = 2100;
export const longestPeriod = 10;

export function parseYear(text: string): Parsed {
  if (text.trim() === '') return fail('empty');
  const value = number(text);
  if (value === null || !Number.isInteger(value) || value < minYear || value > maxYear) return fail('yearRange');
  return { ok: true, value };
}

/** The planning period, first and last year included; errors keyed by field. */
export function parsePeriod(
  first: string,
  last: string,
): { years: number[] | null; errors: { firstYear?: KpiError; lastYear?: KpiError } } {
  const a = parseYear(first);
  const b = parseYear(last);
  const errors: { firstYear?: KpiError; lastYear?: KpiError } = {};
  if (!a.ok) errors.firstYear = a.error;
  if (!b.ok) errors.lastYear = b.error;
  if (!a.ok || !b.ok) return { years: null, errors };
  if (b.value < a.value) return { years: null, errors: { lastYear: { code: 'reversedPeriod', limit: a.value } } };
  if (b.value - a.value + 1 > longestPeriod)
    return { years: null, errors: { lastYear: { code: 'periodTooLong', limit: longestPeriod } } };
  return { years: Array.from({ length: b.value - a.value + 1 }, (_, i) => a.value + i), errors };
}
