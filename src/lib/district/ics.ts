// The district's events as an iCalendar file (RFC 5545) that people add to their calendars. Written with
// ical-generator, which does the escaping, CRLF line ends and 75-octet folding; the roadmap builder has
// its own writer in src/lib/roadmap-builder/ics.ts, and the two can be merged later.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { DistrictEvent } from '../../schemas/district.ts';

/** `2026-11-20` → `2026-11-21`: an all-day event's end in iCalendar is the day after its last day. */
export function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export interface IcsOptions {
  /** The calendar's name, e.g. «Заречный муниципальный округ: наставничество». */
  name: string;
  /** The site's host, so event ids stay unique across districts: `uo.zarechnyj.example`. */
  host: string;
  /** When the file was made, `YYYY-MM-DDTHH:MM:SSZ`; passed in so the same data gives the same file. */
  stamp: string;
  /** Where the events are published, added to each event as its URL. */
  pageUrl?: string;
}

export function eventsToIcs(events: readonly DistrictEvent[], options: IcsOptions): string {
  const calendar = ical({ name: options.name, prodId: { company: 'Наставник', product: 'district', language: 'RU' }, method: ICalCalendarMethod.PUBLISH });
  const stamp = new Date(options.stamp);
  for (const event of events) {
    const description = [event.description, event.format && `Формат: ${event.format}`, event.responsible && `Ответственный: ${event.responsible}`]
      .filter(Boolean)
      .join('\n');
    const common = {
      id: `${event.id}@${options.host}`,
      summary: event.title,
      description,
      stamp,
      ...(event.place ? { location: event.place } : {}),
      ...(options.pageUrl ? { url: options.pageUrl } : {}),
    };
    if (event.time && !event.end) {
      // Local time of the district, whatever the time zone of the machine that builds the site: a
      // «floating» time made from a UTC date, which ical-generator writes with UTC getters.
      calendar.createEvent({ ...common, start: new Date(`${event.start}T${event.time}:00Z`), floating: true });
    } else {
      calendar.createEvent({ ...common, start: event.start, end: nextDay(event.end ?? event.start), allDay: true });
    }
  }
  return calendar.toString();
}
