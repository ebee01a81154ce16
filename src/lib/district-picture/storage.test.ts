import { describe, expect, it } from 'vitest';
import { readRecord, writeRecord } from '../state/record.ts';
import { collect } from './collect.ts';
import { emptyPicture, pictureSpec } from './storage.ts';
import { testToday, twentyFiles } from './test-files.ts';

const spec = pictureSpec(testToday);
const meta = { savedAt: '2026-12-03T12:00:00.000Z', rev: 'r', prev: null };

describe('pictureSpec', () => {
  it('reads back what it wrote: the schools, the rules and the consents', () => {
    const { schools, messages } = collect([], twentyFiles([]), {}, [], testToday);
    const state = {
      ...emptyPicture(testToday),
      schools,
      messages,
      trajectories: {
        1: { kind: 'line' as const, from: '10', to: '70' },
        5: { kind: 'manual' as const, values: { 2026: '60' } },
      },
      rules: { rules: [{ order: 5, low: 50.5, high: 90 }] },
      consents: { 'школа № 31|Наставник1': { consent: true, years: '12' } },
    };
    const read = readRecord(writeRecord(spec, state, meta), spec);
    expect(read).toMatchObject({ kind: 'ok', value: state });
  });

  it.each([
    ['the school year from September', '2026-09-01', '2026'],
    ['the school year before September', '2027-05-20', '2026'],
  ])('starts empty in %s', (_name, today, year) => {
    expect(emptyPicture(today)).toMatchObject({ year, firstYear: year, schools: [] });
  });

  it('drops a school it cannot read and says so; refuses data without schools', () => {
    const text = JSON.stringify({
      v: 1,
      data: { schools: [{ key: 'a', name: 'A' }, { name: 5 }] },
      savedAt: '',
      rev: '',
    });
    const read = readRecord(text, spec);
    expect(read.kind === 'ok' && read.value.schools.map((s) => s.name)).toEqual(['A']);
    expect(read.kind === 'ok' && read.dropped).toBe('не прочитаны записи школ: 1');
    expect(readRecord('{"v":1,"data":{}}', spec)).toEqual({ kind: 'damaged', reason: 'в записи нет школ' });
  });
});
