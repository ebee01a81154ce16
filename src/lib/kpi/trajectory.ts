// An indicator's targets over the planning period: the example preset laid over the years in order, a
// straight line from a baseline in the first year to a final target in the last, or values typed per year.
import type { FieldErrors, KpiIndicator, Trajectory } from './types.ts';
import { parseCount, parsePercent, type Parsed } from './validate.ts';

/** The preset's values over `n` years: in their order, the last one held when the period is longer. */
export function presetValues(preset: readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => preset[Math.min(i, preset.length - 1)] ?? 0);
}

/**
 * `n` values from `from` (first year) to `to` (last year) in equal steps. A share is rounded half up to
 * one decimal; a count of organisations rounds up, like people. One year holds the final target.
 */
export function straightLine(from: number, to: number, n: number, unit: 'percent' | 'count'): number[] {
  return Array.from({ length: n }, (_, i) => {
    if (n === 1 || i === n - 1) return to;
    if (i === 0) return from;
    // In tenths (hundredths for a count), so 10 → 70 over five years is 10, 25, 40, 55, 70 exactly.
    const scale = unit === 'percent' ? 10 : 100;
    const value = Math.round((from * scale * (n - 1 - i) + to * scale * i) / (n - 1)) / scale;
    return unit === 'percent' ? value : Math.ceil(value);
  });
}

export const trajectoryField = (order: number, part: 'from' | 'to' | number) =>
  `t${order}-${typeof part === 'number' ? `y${part}` : part}`;

/** The yearly targets of one indicator; null for a year whose typed value is refused. */
export function trajectoryTargets(
  indicator: KpiIndicator,
  trajectory: Trajectory,
  years: readonly number[],
  errors: FieldErrors,
): (number | null)[] {
  const n = years.length;
  const parse = (text: string): Parsed => (indicator.unit === 'percent' ? parsePercent(text) : parseCount(text));
  const take = (field: string, text: string): number | null => {
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    errors[field] = parsed.error;
    return null;
  };
  switch (trajectory.kind) {
    case 'preset':
      return presetValues(indicator.preset, n);
    case 'line': {
      const from = take(trajectoryField(indicator.order, 'from'), trajectory.from);
      const to = take(trajectoryField(indicator.order, 'to'), trajectory.to);
      return from === null || to === null
        ? Array.from({ length: n }, () => null)
        : straightLine(from, to, n, indicator.unit);
    }
    case 'manual':
      return years.map((year, i) => take(trajectoryField(indicator.order, i), trajectory.values[String(year)] ?? ''));
  }
}
