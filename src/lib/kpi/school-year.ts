// The school year a date falls in, named by the calendar year it starts in: 1 September to 31 August.

/** `today` is a plain `YYYY-MM-DD`. */
export function schoolYearOf(today: string): number {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

/** The default planning period: the current school year and four more. */
export function defaultPeriod(today: string): { first: number; last: number } {
  const first = schoolYearOf(today);
  return { first, last: first + 4 };
}
