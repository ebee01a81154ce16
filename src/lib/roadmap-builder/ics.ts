// The roadmap as an iCalendar file (RFC 5545) that Яндекс Календарь, Google, Outlook and Apple Calendar import:
// one all-day event per dated deadline with a reminder a week before it.
//
// Written here rather than with ical-generator: what we need is one calendar of all-day events with an alarm,
// about a hundred lines, and every rule it must keep (CRLF, TEXT escaping, folding at 75 octets without
// splitting a UTF-8 character, exclusive DTEND of an all-day event) is pinned by tests against our own strict
// reader and against ical.js. Output is deterministic: the caller passes the DTSTAMP.
//
// UIDs: the caller passes one per event and must keep it stable across exports, so that a calendar that
// imports the file again updates its events instead of adding copies. Derive it from ids that do not change
// when the text or the dates do: `<roadmap id>-<item id>-<n>@nastavnik`, where the roadmap id is made once
// when the roadmap is created and saved with it, the item id likewise, and n is the occurrence's place among
// the item's dates (1, 2… for a yearly item). Not from the title, the row number or the date.
import { addDays } from './dates.ts';
import type { Deadline } from './schedule.ts';

export interface IcsEvent {
  uid: string;
  title: string;
  description?: string;
  /** A `day` or a `span`; a `text` deadline has no date and gives no event. */
  deadline: Deadline;
}

export interface IcsInput {
  calendarName: string;
  events: IcsEvent[];
  /** ISO date-time of the export, e.g. `2026-09-01T10:00:00Z`: DTSTAMP of every event. */
  stamp: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const PRODID = '-//Nastavnik//Konstruktor dorozhnoy karty//RU';

/** TEXT value escaping (RFC 5545, 3.3.11): backslash, semicolon, comma, line breaks; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/**
 * Folds a content line into lines of at most 75 octets: each continuation starts with one space, which counts
 * toward its 75. Splits between code points only, so a Cyrillic letter (2 octets) or an emoji (4) stays whole.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** `2026-10-01` → `20261001` */
const icsDate = (iso: string): string => iso.replace(/-/g, '');

/** `2026-09-01T10:00:00+03:00` → `20260901T070000Z` */
export function icsStamp(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Неверная отметка времени «${isoDateTime}»`);
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const { deadline } = event;
  if (deadline.kind === 'text') return [];
  if (!event.uid.trim()) throw new RangeError('У события календаря нет UID');
  const first = deadline.kind === 'day' ? deadline.date : deadline.from;
  const last = deadline.kind === 'day' ? deadline.date : deadline.to;
  const title = event.title.trim() || 'Мероприятие дорожной карты';
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(first)}`,
    // An all-day event ends on the day after its last day (DTEND is exclusive).
    `DTEND;VALUE=DATE:${icsDate(addDays(last, 1))}`,
    `SUMMARY:${escapeText(title)}`,
    ...(event.description?.trim() ? [`DESCRIPTION:${escapeText(event.description.trim())}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    // A week before the event begins: for a span, a week before the work on it starts.
    'TRIGGER:-P7D',
    `DESCRIPTION:${escapeText(`Через неделю: ${title}`)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function buildIcs(input: IcsInput): string {
  const stamp = icsStamp(input.stamp);
  const seen = new Set<string>();
  for (const event of input.events) {
    if (event.deadline.kind === 'text') continue;
    if (seen.has(event.uid)) throw new RangeError(`UID «${event.uid}» повторяется: у каждого события календаря он свой`);
    seen.add(event.uid);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.calendarName.trim() || 'Дорожная карта')}`,
    ...input.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
