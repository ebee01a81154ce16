// What an indicator's trajectory becomes when the person switches how its targets are set: the numbers they see
// stay, so a line starts from the current first and last targets and typed values start as the current ones.
import type { IndicatorResult, Trajectory } from './types.ts';

/** The targets shown now, year by year, as the person would type them («12,5»); '' where there is none. */
export const shownTargets = (rows: readonly IndicatorResult[], order: number): string[] =>
  rows
    .find((r) => r.order === order)
    ?.years.map((c) => (c.target === null ? '' : String(c.target).replace('.', ','))) ?? [];

/** The trajectory of the kind chosen, filled from the targets shown now over the period's years. */
export function switchedTrajectory(kind: Trajectory['kind'], shown: readonly string[], years: readonly number[]) {
  if (kind === 'preset') return { kind } satisfies Trajectory;
  if (kind === 'line') return { kind, from: shown[0] ?? '', to: shown.at(-1) ?? '' } satisfies Trajectory;
  return {
    kind,
    values: Object.fromEntries(years.map((year, i) => [String(year), shown[i] ?? ''])),
  } satisfies Trajectory;
}
