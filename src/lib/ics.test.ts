// Calendar files against RFC 5545: read back by our own strict reader (every physical line ≤ 75 octets,
// CRLF only, folds between whole characters, TEXT unescaped exactly) and by ical.js, a full parser.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarFile, nextDay, type CalendarEvent } from './ics.ts';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A strict reader: fails on a bare LF or CR, on a line over 75 octets, on a fold that split a character. */
function readIcs(text: string): Property[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const bytes = Buffer.from(text, 'utf8');
  // Split the raw octets at CRLF and check each physical line decodes on its own (no split character).
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length, `line «${line.toString()}»`).toBeLessThanOrEqual(75);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
      start = i + 2;
    }
  }
  const unfolded = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  return unfolded.map((line) => {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`Not a content line: ${line}`);
    const params = Object.fromEntries(
      (m[2] ?? '')
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    return { name: m[1]!, params, value: m[3]! };
  });
}

function unescapeText(value: string): string {
  // Every backslash must start a valid escape.
  expect(value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/\\/);
  // Unescaped commas and semicolons are separators in TEXT: none may be left.
  expect(value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[;,]/);
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const tricky = [
  'Назначение куратора внедрения целевой модели наставничества в образовательной организации',
  'Запятые, точки с запятой; обратная косая \\ и всё сразу: a,b;c\\d',
  'Строка один\nстрока два\r\nстрока три',
  'Эмодзи 🎓🍎👩‍🏫 посреди кириллицы — «ёлочки» и тире',
  'ж'.repeat(200),
  '🎓'.repeat(60),
  `${'a'.repeat(74)}ж`,
];

const events: CalendarEvent[] = tricky.map((title, i) => ({
  uid: `road-1-item-${i}-1@nastavnik`,
  title,
  description: `Описание ${i}: ответственный — Иванова И. И., результат: приказ; ${title}`,
  days: i % 2 === 0 ? { from: '2026-10-01', to: '2026-10-01' } : { from: '2026-12-01', to: '2026-12-31' },
  remindDaysBefore: 7,
}));
const input = { name: 'Дорожная карта МБОУ «СОШ № 1», 2026/2027', events, stamp: '2026-09-01T10:00:00+03:00' };
const ics = calendarFile(input);

describe('calendarFile: our strict reader', () => {
  const props = readIcs(ics);
  const names = props.map((p) => p.name);

  test('calendar header', () => {
    expect(names.slice(0, 5)).toEqual(['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD']);
    expect(props.find((p) => p.name === 'VERSION')!.value).toBe('2.0');
    expect(props.find((p) => p.name === 'CALSCALE')!.value).toBe('GREGORIAN');
    expect(props.find((p) => p.name === 'METHOD')!.value).toBe('PUBLISH');
    expect(unescapeText(props.find((p) => p.name === 'NAME')!.value)).toBe('Дорожная карта МБОУ «СОШ № 1», 2026/2027');
    expect(unescapeText(props.find((p) => p.name === 'X-WR-CALNAME')!.value)).toBe(
      'Дорожная карта МБОУ «СОШ № 1», 2026/2027',
    );
    expect(names.at(-1)).toBe('END');
  });

  test('one VEVENT with one VALARM per event', () => {
    expect(props.filter((p) => p.name === 'BEGIN' && p.value === 'VEVENT')).toHaveLength(events.length);
    expect(props.filter((p) => p.name === 'BEGIN' && p.value === 'VALARM')).toHaveLength(events.length);
    expect(props.filter((p) => p.name === 'TRIGGER').every((p) => p.value === '-P7D')).toBe(true);
    expect(props.filter((p) => p.name === 'ACTION').every((p) => p.value === 'DISPLAY')).toBe(true);
  });

  test('titles and descriptions round-trip exactly', () => {
    const summaries = props.filter((p) => p.name === 'SUMMARY').map((p) => unescapeText(p.value));
    expect(summaries).toEqual(tricky.map((t) => t.replace(/\r\n/g, '\n')));
  });

  test('all-day dates with an exclusive end; DTSTAMP in UTC', () => {
    const starts = props.filter((p) => p.name === 'DTSTART');
    const ends = props.filter((p) => p.name === 'DTEND');
    expect(starts.every((p) => p.params.VALUE === 'DATE')).toBe(true);
    expect(ends.every((p) => p.params.VALUE === 'DATE')).toBe(true);
    expect(starts.slice(0, 2).map((p) => p.value)).toEqual(['20261001', '20261201']);
    expect(ends.slice(0, 2).map((p) => p.value)).toEqual(['20261002', '20270101']);
    expect(props.find((p) => p.name === 'DTSTAMP')!.value).toBe('20260901T070000Z');
  });

  test('the same input gives the same file', () => {
    expect(calendarFile(input)).toBe(ics);
  });
});

describe('calendarFile: ical.js', () => {
  const component = new ICAL.Component(ICAL.parse(ics));
  const vevents = component.getAllSubcomponents('vevent');

  test('parses and finds every event', () => {
    // An X- property's default type is TEXT (RFC 5545, 3.8.8.2), so it is escaped; ical.js knows no type for
    // it and hands the value back as written, escape included (our reader above unescapes it).
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Дорожная карта МБОУ «СОШ № 1»\\, 2026/2027');
    expect(vevents).toHaveLength(events.length);
  });

  test.each(events.map((e, i) => [i, e] as const))('event %i round-trips', (i, event) => {
    const e = new ICAL.Event(vevents[i]!);
    expect(e.uid).toBe(event.uid);
    expect(e.summary).toBe(event.title.replace(/\r\n/g, '\n'));
    expect(e.description).toBe(event.description!.replace(/\r\n/g, '\n'));
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe(event.days!.from);
    expect(vevents[i]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-P7D');
  });
});

describe('calendarFile: edge cases', () => {
  test('an empty calendar is still valid', () => {
    const out = calendarFile({ name: '', stamp: '2026-09-01T00:00:00Z', events: [] });
    expect(() => ICAL.parse(out)).not.toThrow();
    expect(out).toContain('X-WR-CALNAME:Календарь');
  });
  test('a repeated UID is refused', () => {
    const e: CalendarEvent = { uid: 'same', title: 'т', days: { from: '2026-10-01', to: '2026-10-01' } };
    expect(() => calendarFile({ name: 'x', stamp: '2026-09-01T00:00:00Z', events: [e, e] })).toThrow(/повторяется/);
  });
  test('a bad stamp, a bad date and an event without a date are refused', () => {
    expect(() => calendarFile({ name: 'x', stamp: 'вчера', events: [] })).toThrow(/Неверная отметка/);
    expect(() =>
      calendarFile({
        name: 'x',
        stamp: '2026-09-01T00:00:00Z',
        events: [{ uid: 'a', title: 'т', days: { from: '01.10.2026', to: '2026-10-01' } }],
      }),
    ).toThrow(/Неверные даты/);
    // Shaped like a date but not a day of the calendar: refused too since the check is the shared isIsoDate.
    const noSuchDay = { uid: 'a', title: 'т', days: { from: '2026-02-30', to: '2026-03-01' } };
    expect(() => calendarFile({ name: 'x', stamp: '2026-09-01T00:00:00Z', events: [noSuchDay] })).toThrow(
      /Неверные даты/,
    );
    expect(() =>
      calendarFile({ name: 'x', stamp: '2026-09-01T00:00:00Z', events: [{ uid: 'a', title: 'т' }] }),
    ).toThrow(/нет даты/);
  });
  test('a name with a line break and a semicolon stays one escaped line', () => {
    const out = calendarFile({ name: 'Школа;\nпрограмма', stamp: '2026-09-01T00:00:00Z', events: [] });
    expect(out).toContain('X-WR-CALNAME:Школа\\;\\nпрограмма\r\n');
  });
  test('control characters are dropped, line breaks kept', () => {
    const out = calendarFile({
      name: 'x',
      stamp: '2026-09-01T00:00:00Z',
      events: [{ uid: 'a', title: 'a\u0007b\r\nc', days: { from: '2026-10-01', to: '2026-10-01' } }],
    });
    expect(out).toContain('SUMMARY:ab\\nc');
  });
  test('a timed event is in floating local time whatever the machine time zone', () => {
    const out = calendarFile({
      name: 'x',
      stamp: '2026-09-01T00:00:00Z',
      events: [{ uid: 'a', title: 'т', at: { date: '2026-09-24', time: '14:00' } }],
    });
    expect(out).toContain('DTSTART:20260924T140000\r\n');
  });
  test.each([
    ['2026-11-20', '2026-11-21'],
    ['2027-02-28', '2027-03-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-12-31', '2027-01-01'],
  ])('the day after %s is %s', (day, next) => expect(nextDay(day)).toBe(next));
});
