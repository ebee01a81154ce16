// The arithmetic of a target: a percentage of a population turned into people, rounded up because a
// person does not divide, and an actual count compared with it. Integer arithmetic throughout, so that
// 10 % of 150 is 15 and not 15.000000000000002 rounded up to 16.
import type { Status } from './types.ts';

/** Percentages are kept in hundredths of a per cent: 12.5 % is 1250. */
export const toHundredths = (percent: number): number => Math.round(percent * 100);

/** The smallest whole number of people that is at least `percent` % of `population`. */
export function targetPeople(percent: number, population: number): number {
  const scaled = toHundredths(percent) * population; // an integer: hundredths of a per cent × people
  const whole = (scaled - (scaled % 10000)) / 10000;
  return scaled % 10000 === 0 ? whole : whole + 1;
}

/** A count target (organisations) may come out fractional from a straight line: round it up too. */
export const targetUnits = (value: number): number => Math.ceil(Math.round(value * 100) / 100);

/** The actual share, in per cent to one decimal; null for a zero population. */
export function actualPercent(actual: number, population: number): number | null {
  if (population <= 0) return null;
  return Math.round((actual * 1000) / population) / 10;
}

/** Reached when the actual count is at least the target; otherwise behind by the missing people. */
export function status(target: number, actual: number): Status {
  return actual >= target ? { kind: 'reached', surplus: actual - target } : { kind: 'behind', people: target - actual };
}
