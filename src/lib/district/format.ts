// Dates and counts of the district pages, written the Russian way. Plain `YYYY-MM-DD` in, text out.
import type { DistrictEvent } from '../../schemas/district.ts';
import { longDate, monthName, monthNameGenitive, plural, ruDate } from '../ru-words.ts';

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** When an event takes place: `24 сентября 2026, 14:00`, `16–20 ноября 2026`, `30 ноября — 4 декабря 2026`. */
export function eventWhen(event: Pick<DistrictEvent, 'start' | 'end' | 'time'>): string {
  if (!event.end || event.end === event.start) return `${longDate(event.start)}${event.time ? `, ${event.time}` : ''}`;
  const [y1, m1, d1] = parts(event.start);
  const [y2, m2, d2] = parts(event.end);
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${monthNameGenitive(m2)} ${y2}`;
  if (y1 === y2) return `${d1} ${monthNameGenitive(m1)} — ${d2} ${monthNameGenitive(m2)} ${y2}`;
  return `${longDate(event.start)} — ${longDate(event.end)}`;
}

/** `2026-09` → `Сентябрь 2026`: the heading of a month in the calendar. */
export function monthHeading(isoMonth: string): string {
  const [y, m] = parts(`${isoMonth}-01`);
  const name = monthName(m);
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${y}`;
}

/** `01.09.2026 — 31.05.2027`. */
export const periodText = (period: { from: string; to: string }): string =>
  `${ruDate(period.from)} — ${ruDate(period.to)}`;

/** `1 год`, `3 года`, `14 лет`; `меньше года` for 0. */
export const yearsText = (years: number): string =>
  years === 0 ? 'меньше года' : `${years} ${plural(years, ['год', 'года', 'лет'])}`;

/** Events by month, in date order: the calendar's sections. */
export function eventsByMonth<E extends Pick<DistrictEvent, 'start' | 'end' | 'title'>>(
  events: readonly E[],
): { month: string; events: E[] }[] {
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'ru'));
  const months = new Map<string, E[]>();
  for (const event of sorted) {
    const month = event.start.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), event]);
  }
  return [...months].map(([month, list]) => ({ month, events: list }));
}
