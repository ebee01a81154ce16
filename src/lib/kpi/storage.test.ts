import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openState, type KeyValueStore } from '../state/store.ts';
import { addSchools, kpiSpec, maxSchools, savedKpiState, storageKey } from './storage.ts';
import { emptySchool, exampleState } from './url-state.ts';

const memory = (entries: Record<string, string> = {}): KeyValueStore => {
  const data = new Map(Object.entries(entries));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};
const today: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/state/saved-2026-12.json', 'utf8'));

describe('the calculator in the browser’s storage', () => {
  test('inputs saved by the site before December 2026 (the link’s string) still open', () => {
    const { opened } = openState(memory(today), storageKey, kpiSpec);
    expect(opened).toMatchObject({
      kind: 'restored',
      migrated: true,
      value: { organisation: 'МБОУ «СОШ № 7»', trajectories: { 1: { kind: 'line', from: '10', to: '70' } } },
    });
  });

  test('a district of 1,500 schools saved and read back keeps every school (no cap on the way back)', () => {
    const store = memory();
    const state = {
      ...exampleState('2026-11-20'),
      mode: 'district' as const,
      schools: Array.from({ length: 1500 }, (_, i) => emptySchool(`Школа ${i + 1}`)),
    };
    openState(store, storageKey, kpiSpec).session.save(state);
    const { opened } = openState(store, storageKey, kpiSpec);
    expect(opened.kind === 'restored' && opened.value.schools.length).toBe(1500);
    expect(savedKpiState(store.getItem(storageKey)!)?.schools).toHaveLength(1500);
  });

  test.each([
    [10, 5, false, 15],
    [990, 10, false, 1000],
    [1, 1000, true, 1000],
  ])('%i schools and %i more (replace: %s) make %i', (had, more, replace, total) => {
    const result = addSchools(
      Array.from({ length: had }, () => emptySchool()),
      Array.from({ length: more }, () => emptySchool()),
      replace,
    );
    expect('schools' in result && result.schools.length).toBe(total);
  });

  test('more schools than the limit are refused where they come in, with the limit named', () => {
    const result = addSchools(
      Array.from({ length: 990 }, () => emptySchool()),
      Array.from({ length: 11 }, () => emptySchool()),
      false,
    );
    expect(result).toEqual({
      error: expect.stringContaining(`не больше ${maxSchools} школ, а получилось бы 1001. Ничего не добавлено`),
    });
  });
});
