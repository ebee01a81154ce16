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

/**
 * Several deadlines of one item (a yearly one repeats) in one cell: «01.12.2026 – 31.12.2026; 01.05.2027 –
 * 31.05.2027»; a step put at the plan's start or end says so, in the documents too.
 */
export function formatDeadlines(list: readonly Deadline[]): string {
  return list.map((d) => (periodNote(d) ? `${formatDeadline(d)} (${periodNote(d)})` : formatDeadline(d))).join('; ');
}

/** What a step put at the start or the end of the plan says (schedule.ts, rules 5a and 7a), or null. */
export function periodNote(d: Deadline): string | null {
  if (d.kind === 'text') return null;
  if (d.beforePlan) return 'перенесено на начало плана: в шаблоне срок раньше его начала';
  if (d.afterPlan) return 'перенесено на конец плана: в шаблоне срок позже его окончания';
  return null;
}

/** The note under a deadline in the builder: moved off a day off, or put at the start of the plan; else null. */
export function movedNote(d: Deadline): string | null {
  if (d.kind === 'day' && d.movedFrom) return `перенесено с ${ruDate(d.movedFrom)} — нерабочий день`;
  return periodNote(d);
}
