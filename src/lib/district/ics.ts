// The district's events as a calendar file that people add to their calendars: a timed event when the data
// gives a start time and a single day, otherwise an all-day event over its days. Written by src/lib/ics.ts,
// the site's one calendar writer.
import { calendarFile } from '../ics.ts';
import type { DistrictEvent } from '../../schemas/district.ts';

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
  return calendarFile({
    name: options.name,
    stamp: options.stamp,
    events: events.map((event) => ({
      uid: `${event.id}@${options.host}`,
      title: event.title,
      description: [
        event.description,
        event.format && `Формат: ${event.format}`,
        event.responsible && `Ответственный: ${event.responsible}`,
      ]
        .filter(Boolean)
        .join('\n'),
      ...(event.place ? { location: event.place } : {}),
      ...(options.pageUrl ? { url: options.pageUrl } : {}),
      ...(event.time && !event.end
        ? { at: { date: event.start, time: event.time } }
        : { days: { from: event.start, to: event.end ?? event.start } }),
    })),
  });
}
