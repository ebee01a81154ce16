// The site's one home for calendar dates: plain `YYYY-MM-DD` strings, arithmetic in UTC so a deadline never
// shifts with the user's time zone, and school years. Small enough that a date library would cost more than it saves.

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day of the calendar written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = isoPattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today on the user's clock as a plain local `YYYY-MM-DD`: the one function here that reads the clock. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const toUtc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const toIso = (date: Date): string => date.toISOString().slice(0, 10);

/** The ISO date of year, month (1–12), day, with the day capped at the month's last (29 Feb → 28 Feb). */
export function isoOf(year: number, month: number, day: number): string {
  const last = daysInMonth(year, month);
  return toIso(new Date(Date.UTC(year, month - 1, Math.min(day, last))));
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const monthStart = (year: number, month: number): string => isoOf(year, month, 1);
export const monthEnd = (year: number, month: number): string => isoOf(year, month, 31);

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Adds whole months; a day the target month lacks becomes its last day (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  return isoOf(Math.floor(index / 12), (index % 12) + 1, d);
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => toUtc(iso).getUTCDay();
export const isWeekend = (iso: string): boolean => {
  const day = weekday(iso);
  return day === 0 || day === 6;
};

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
export const monthOf = (iso: string): number => Number(iso.slice(5, 7));

/** The first calendar year of the school year (1 September – 31 August) that holds the day. */
export const schoolYearOf = (iso: string): number => (monthOf(iso) >= 9 ? yearOf(iso) : yearOf(iso) - 1);

/** «2026/2027»: the school year that holds the day, as documents name it. */
export function schoolYearName(iso: string): string {
  const first = schoolYearOf(iso);
  return `${first}/${first + 1}`;
}

/** The school year of a date; null when the text is not a real `YYYY-MM-DD` date (a survey cell may hold anything). */
export const schoolYearOfDate = (text: string): number | null => (isIsoDate(text) ? schoolYearOf(text) : null);

export const maxIso = (a: string, b: string): string => (a > b ? a : b);
export const minIso = (a: string, b: string): string => (a < b ? a : b);
