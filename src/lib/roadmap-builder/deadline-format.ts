// How a scheduled deadline reads in the roadmap's «Срок» column, in exports and on the timeline: dates as
// ДД.ММ.ГГГГ, «до» for a deadline to finish by, a span as its first and last day. A no-break space binds «до»
// to its date and the dash to the date before it, so a narrow column never leaves them apart.
import { ruDate } from '../ru-words.ts';
import type { Deadline } from './schedule.ts';

const nbsp = '\u00a0';

/** «до 01.10.2026», «01.10.2026», «01.09.2026 – 31.05.2027», or the text of an undated deadline. */
export function formatDeadline(d: Deadline): string {
  switch (d.kind) {
    case 'day':
      return `${d.by ? `до${nbsp}` : ''}${ruDate(d.date)}`;
    case 'span':
      return d.from === d.to ? ruDate(d.from) : `${ruDate(d.from)}${nbsp}– ${ruDate(d.to)}`;
    case 'text':
      return d.text;
  }
}

/** Several deadlines of one item (a yearly one repeats) in one cell: «01.12.2026 – 31.12.2026; 01.05.2027 – 31.05.2027». */
export function formatDeadlines(list: readonly Deadline[]): string {
  return list.map(formatDeadline).join('; ');
}

/** The note a moved day gets: «перенесено с 03.10.2026 — нерабочий день», or null when it did not move. */
export function movedNote(d: Deadline): string | null {
  return d.kind === 'day' && d.movedFrom ? `перенесено с ${ruDate(d.movedFrom)} — нерабочий день` : null;
}
