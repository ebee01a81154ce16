// Calendar files (iCalendar, RFC 5545) for every part of the site: the roadmap builder's deadlines and the
// district's events. Written with ical-generator, which does the escaping, CRLF line ends and folding; this
// module only decides what an event of ours is and keeps the output deterministic (the caller passes the
// DTSTAMP) and free of what calendars choke on. Tests read the output back with a strict reader of our own
// and with ical.js.
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { addDays, isIsoDate } from './dates.ts';

export interface CalendarEvent {
  /**
   * Stable across exports, so a calendar that imports the file again updates its events instead of adding
   * copies: derive it from ids that do not change when the text or the dates do.
   */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** An all-day event from its first to its last day, both inclusive (ISO dates)… */
  days?: { from: string; to: string };
  /** …or one that starts at a time of day, in the local («floating») time of whoever reads it. */
  at?: { date: string; time: string };
  /** A reminder so many days before the start. */
  remindDaysBefore?: number;
}

export interface CalendarInput {
  name: string;
  events: readonly CalendarEvent[];
  /** ISO date-time of the export, e.g. `2026-09-01T10:00:00Z`: DTSTAMP of every event. */
  stamp: string;
}

/** Control characters other than line breaks have no place in a calendar's text. */
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');

/** TEXT escaping (RFC 5545, 3.3.11): backslash, semicolon, comma, line break. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

/** `2026-11-20` → `2026-11-21`: an all-day event's DTEND is the day after its last day. */
export const nextDay = (iso: string): string => addDays(iso, 1);

export function calendarFile(input: CalendarInput): string {
  const stamp = new Date(input.stamp);
  if (Number.isNaN(stamp.getTime())) throw new RangeError(`Неверная отметка времени выгрузки «${input.stamp}»`);
  const calendar = ical({
    // ical-generator writes the calendar's name (NAME, X-WR-CALNAME) as given, unescaped, though both are
    // TEXT: a comma or a line break in it would break the file, so it is escaped here.
    name: escapeText(clean(input.name).trim() || 'Календарь'),
    prodId: { company: 'Nastavnik', product: 'nastavnik', language: 'RU' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
  });
  const seen = new Set<string>();
  for (const event of input.events) {
    if (seen.has(event.uid))
      throw new RangeError(`UID «${event.uid}» повторяется: у каждого события календаря он свой`);
    seen.add(event.uid);
    const common = {
      id: event.uid,
      summary: clean(event.title),
      stamp,
      ...(event.description ? { description: clean(event.description) } : {}),
      ...(event.location ? { location: clean(event.location) } : {}),
      ...(event.url ? { url: event.url } : {}),
    };
    let created: ReturnType<typeof calendar.createEvent>;
    if (event.days) {
      if (!isIsoDate(event.days.from) || !isIsoDate(event.days.to))
        throw new RangeError(`Неверные даты события «${event.title}»`);
      // Dates as strings: ical-generator reads them as UTC midnight and writes them with UTC getters, so the
      // day is the same in every time zone.
      created = calendar.createEvent({ ...common, start: event.days.from, end: nextDay(event.days.to), allDay: true });
    } else if (event.at) {
      // A «floating» time made from a UTC date, which ical-generator writes with UTC getters: the local time
      // of the event whatever the time zone of the machine that makes the file.
      created = calendar.createEvent({
        ...common,
        start: new Date(`${event.at.date}T${event.at.time}:00Z`),
        floating: true,
      });
    } else {
      throw new RangeError(`У события «${event.title}» нет даты`);
    }
    if (event.remindDaysBefore !== undefined) {
      created.createAlarm({
        type: ICalAlarmType.display,
        trigger: event.remindDaysBefore * 86_400,
        description: clean(`Напоминание: ${event.title}`),
      });
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
