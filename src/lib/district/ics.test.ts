import { describe, expect, test } from 'vitest';
import { eventsToIcs } from './ics.ts';
import type { DistrictEvent } from '../../schemas/district.ts';

const events: DistrictEvent[] = [
  {
    id: 'e-1',
    title:
      'Установочный семинар для кураторов программ наставничества с очень длинным названием, которое не влезет в строку',
    start: '2026-09-24',
    time: '14:00',
    format: 'семинар, очно',
    place: 'ИМЦ, ул. Центральная, д. 1; актовый зал',
    responsible: 'Соловьёва И. А.',
  },
  { id: 'e-2', title: 'Неделя открытых уроков', start: '2026-11-16', end: '2026-11-20', format: 'открытые уроки' },
  { id: 'e-3', title: 'Мониторинг', start: '2026-12-31', format: 'сбор данных' },
];
const ics = eventsToIcs(events, {
  name: 'Тестовый округ: наставничество',
  host: 'uo.test.example',
  stamp: '2026-09-01T08:00:00Z',
  pageUrl: 'https://uo.test.example/municipalitet/meropriyatiya/',
});
const lines = ics.split('\r\n');

describe('eventsToIcs', () => {
  test('lines end in CRLF and none is longer than 75 octets', () => {
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test.each([
    ['DTSTART:20260924T140000', 'a timed event in local («floating») time, whatever the machine time zone'],
    ['DTSTART;VALUE=DATE:20261116', 'a span starts on its first day'],
    ['DTEND;VALUE=DATE:20261121', 'and ends the day after its last day'],
    ['DTEND;VALUE=DATE:20270101', 'a one-day event at the end of the year ends on the 1st of January'],
    ['UID:e-1@uo.test.example', 'ids are stable and unique to the site'],
    ['DTSTAMP:20260901T080000Z', 'the stamp is the one passed in'],
  ])('%s — %s', (line) => {
    expect(lines).toContain(line);
  });

  test('text is escaped and unfolds back to the title', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${events[0]!.title.replaceAll(',', '\\,')}`);
    expect(unfolded).toContain('LOCATION:ИМЦ\\, ул. Центральная\\, д. 1\\; актовый зал');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });
});
