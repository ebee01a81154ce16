import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { openState } from '../state/store.ts';
import { newRoadmap } from './state.ts';
import {
  currentRoadmap,
  rememberCurrent,
  roadmapKey,
  roadmapSpec,
  savedRoadmaps,
  type ListedStore,
} from './storage.ts';

const entry = readDataEntries('src/content/roadmaps', roadmapTemplate).find(
  (e) => e.id === 'shkolnaya-dorozhnaya-karta',
)!;
const state = newRoadmap(entry.id, roadmapTemplate.parse(entry.data), {
  start: '2026-09-01',
  end: '2027-08-31',
  id: 'abc',
  organisation: 'МБОУ «СОШ № 7»',
});

const memory = (entries: Record<string, string> = {}): ListedStore & { data: Map<string, string> } => {
  const data = new Map(Object.entries(entries));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};
let tick = 0;
const clock = { now: () => `2026-11-23T10:00:${String(tick++).padStart(2, '0')}Z`, rev: () => `r${tick++}` };

describe('roadmaps in the browser', () => {
  it('keeps each roadmap under its id, lists them latest first and remembers the one to open', () => {
    const store = memory();
    expect(currentRoadmap(store)).toBeNull();
    openState(store, roadmapKey('abc'), roadmapSpec, clock).session.save(state);
    const other = { ...state, id: 'def', title: 'Другой план' };
    openState(store, roadmapKey('def'), roadmapSpec, clock).session.save(other);
    rememberCurrent(store, 'def');
    expect(currentRoadmap(store)).toBe('def');
    expect(savedRoadmaps(store).map((s) => s.id)).toEqual(['def', 'abc']);
    expect(openState(store, roadmapKey('abc'), roadmapSpec, clock).opened).toMatchObject({
      kind: 'restored',
      value: state,
    });
  });

  it('a damaged roadmap is kept aside and left out of the list, with the builder’s own reason', () => {
    const store = memory();
    openState(store, roadmapKey('abc'), roadmapSpec, clock).session.save(state);
    store.data.set(
      roadmapKey('abc'),
      JSON.stringify({ v: 1, data: { ...state, end: '2026-08-31' }, savedAt: '', rev: 'x', prev: null }),
    );
    const { opened } = openState(store, roadmapKey('abc'), roadmapSpec, clock);
    expect(opened).toMatchObject({
      kind: 'damaged',
      message: expect.stringContaining(
        '(период заканчивается раньше, чем начинается: проверьте даты начала и окончания), поэтому открыта новая дорожная карта',
      ),
    });
    expect(savedRoadmaps(store)).toEqual([]);
    expect([...store.data.keys()].filter((k) => k.includes(':backup:'))).toHaveLength(1);
  });

  it('roadmaps saved by the site before December 2026 still open and are listed', () => {
    const saved: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/state/saved-2026-12.json', 'utf8'));
    const store = memory(saved);
    const id = currentRoadmap(store)!;
    expect(id).toBe('c0ffee-1');
    const { opened } = openState(store, roadmapKey(id), roadmapSpec, clock);
    expect(opened).toMatchObject({ kind: 'restored', migrated: true, value: JSON.parse(saved[roadmapKey(id)]!) });
    expect(savedRoadmaps(store)).toMatchObject([{ id, organisation: 'МБОУ «СОШ № 7»' }]);
  });
});
