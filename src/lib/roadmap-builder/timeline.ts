// The timeline's scale: where a day of the period sits, in per cent of its width, and the months marked on it.
// Pure, so the view only draws.
import { monthName } from '../ru-words.ts';
import { addMonths, toUtc } from '../dates.ts';

const dayMs = 86_400_000;

export interface TimelineMonth {
  /** The month's first day, or the period's first day for a month it starts inside. */
  iso: string;
  /** «сен» */
  month: string;
  /** The year under January and under the first month, else empty. */
  year: string;
}

export interface TimelineScale {
  /** The left edge of a day, in per cent of the period. */
  at: (iso: string) => number;
  /** The width of a span of days, both ends included, in per cent; at least 0.6 so a day still shows. */
  width: (from: string, to: string) => number;
  months: TimelineMonth[];
  /** Label every n-th month, so no more than 12 labels crowd the scale. */
  everyNth: number;
}

export function timelineScale(start: string, end: string): TimelineScale {
  const startMs = toUtc(start).getTime();
  const total = (toUtc(end).getTime() - startMs) / dayMs + 1;
  const days = (from: string, to: string) => (toUtc(to).getTime() - toUtc(from).getTime()) / dayMs;
  const months: TimelineMonth[] = [];
  for (let iso = `${start.slice(0, 7)}-01`; iso <= end; iso = addMonths(iso, 1)) {
    const month = Number(iso.slice(5, 7));
    months.push({
      iso: iso < start ? start : iso,
      month: monthName(month).slice(0, 3),
      year: month === 1 || months.length === 0 ? iso.slice(0, 4) : '',
    });
  }
  return {
    at: (iso) => (days(start, iso) / total) * 100,
    width: (from, to) => Math.max(((days(from, to) + 1) / total) * 100, 0.6),
    months,
    everyNth: Math.ceil(months.length / 12),
  };
}
