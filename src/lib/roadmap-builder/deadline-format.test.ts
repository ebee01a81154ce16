import { describe, expect, test } from 'vitest';
import { formatDeadline, formatDeadlines, movedNote } from './deadline-format.ts';
import type { Deadline } from './schedule.ts';

const nb = '\u00a0';

describe.each<[Deadline, string]>([
  [{ kind: 'day', date: '2026-10-01', by: true }, `до${nb}01.10.2026`],
  [{ kind: 'day', date: '2026-10-01', by: false }, '01.10.2026'],
  [{ kind: 'day', date: '2026-10-30', by: true, movedFrom: '2026-11-01' }, `до${nb}30.10.2026`],
  [{ kind: 'span', from: '2026-09-01', to: '2027-05-31' }, `01.09.2026${nb}– 31.05.2027`],
  [{ kind: 'span', from: '2026-09-01', to: '2026-09-01' }, '01.09.2026'],
  [{ kind: 'text', text: 'по отдельному графику' }, 'по отдельному графику'],
])('formatDeadline(%j)', (deadline, expected) => {
  test(`«${expected}»`, () => {
    expect(formatDeadline(deadline)).toBe(expected);
  });
});

test('every date reads ДД.ММ.ГГГГ', () => {
  const text = formatDeadlines([
    { kind: 'span', from: '2026-12-01', to: '2026-12-31' },
    { kind: 'span', from: '2027-05-01', to: '2027-05-31' },
  ]);
  expect(text).toBe(`01.12.2026${nb}– 31.12.2026; 01.05.2027${nb}– 31.05.2027`);
  expect(text.match(/\d{2}\.\d{2}\.\d{4}/g)).toHaveLength(4);
});

test('movedNote says where a day moved from', () => {
  expect(movedNote({ kind: 'day', date: '2026-10-30', by: true, movedFrom: '2026-11-01' })).toBe(
    'перенесено с 01.11.2026 — нерабочий день',
  );
  expect(movedNote({ kind: 'day', date: '2026-10-30', by: true })).toBeNull();
  expect(movedNote({ kind: 'span', from: '2026-10-30', to: '2026-10-31' })).toBeNull();
});
