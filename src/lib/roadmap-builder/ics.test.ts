// The .ics export against RFC 5545: read back by our own strict reader (every physical line ≤ 75 octets,
// CRLF only, folds between whole characters, TEXT unescaped exactly) and by ical.js, a full parser.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildIcs, escapeText, foldLine, icsStamp, type IcsEvent } from './ics.ts';

interface Property { name: string; params: Record<string, string>; value: string }

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
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  return unfolded.map((line) => {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`Not a content line: ${line}`);
    const params = Object.fromEntries(
      (m[2] ?? '').split(';').filter(Boolean).map((p) => p.split('=') as [string, string]),
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
  'a'.repeat(74) + 'ж',
];

const events: IcsEvent[] = tricky.map((title, i) => ({
  uid: `road-1-item-${i}-1@nastavnik`,
  title,
  description: `Описание ${i}: ответственный — Иванова И. И., результат: приказ; ${title}`,
  deadline: i % 2 === 0 ? { kind: 'day', date: '2026-10-01', by: true } : { kind: 'span', from: '2026-12-01', to: '2026-12-31' },
}));
const ics = buildIcs({ calendarName: 'Дорожная карта МБОУ «СОШ № 1», 2026/2027', events, stamp: '2026-09-01T10:00:00+03:00' });

describe('buildIcs: our strict reader', () => {
  const props = readIcs(ics);
  const names = props.map((p) => p.name);

  test('calendar header', () => {
    expect(names.slice(0, 6)).toEqual(['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME']);
    expect(props.find((p) => p.name === 'VERSION')!.value).toBe('2.0');
    expect(props.find((p) => p.name === 'CALSCALE')!.value).toBe('GREGORIAN');
    expect(props.find((p) => p.name === 'METHOD')!.value).toBe('PUBLISH');
    expect(unescapeText(props.find((p) => p.name === 'X-WR-CALNAME')!.value)).toBe('Дорожная карта МБОУ «СОШ № 1», 2026/2027');
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
    expect(buildIcs({ calendarName: 'Дорожная карта МБОУ «СОШ № 1», 2026/2027', events, stamp: '2026-09-01T10:00:00+03:00' })).toBe(ics);
  });
});

describe('buildIcs: ical.js', () => {
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
    const d = event.deadline;
    expect(e.startDate.toString()).toBe(d.kind === 'day' ? d.date : d.kind === 'span' ? d.from : '');
    expect(vevents[i]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-P7D');
  });
});

describe('buildIcs: edge cases', () => {
  test('a text deadline gives no event', () => {
    const out = buildIcs({ calendarName: 'x', stamp: '2026-09-01T00:00:00Z', events: [{ uid: 'a', title: 'б', deadline: { kind: 'text', text: 'по отдельному графику' } }] });
    expect(out).not.toContain('BEGIN:VEVENT');
  });
  test('an empty calendar is still valid', () => {
    const out = buildIcs({ calendarName: '', stamp: '2026-09-01T00:00:00Z', events: [] });
    expect(() => ICAL.parse(out)).not.toThrow();
    expect(out).toContain('X-WR-CALNAME:Дорожная карта');
  });
  test('a repeated UID is refused', () => {
    const e: IcsEvent = { uid: 'same', title: 'т', deadline: { kind: 'day', date: '2026-10-01', by: true } };
    expect(() => buildIcs({ calendarName: 'x', stamp: '2026-09-01T00:00:00Z', events: [e, e] })).toThrow(/повторяется/);
  });
  test('a bad stamp is refused', () => {
    expect(() => icsStamp('вчера')).toThrow(/Неверная отметка/);
  });
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\u0007b', 'ab'],
  ])('escapeText(%j) = %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
  test('folding: exactly 75 octets stays, 76 folds, a 2-octet letter is never split', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldLine(`${'a'.repeat(74)}ж`)).toBe(`${'a'.repeat(74)}\r\n ж`);
    expect(foldLine(`${'a'.repeat(73)}ж`)).toBe(`${'a'.repeat(73)}ж`);
  });
});
