// The builder's roadmaps in the browser's storage, through the site's one store (src/lib/state): each roadmap
// under its own key (so opening a link never overwrites another roadmap), read back by the builder's own check,
// and a pointer to the one the page opens with. The share link and the file stay in persist.ts.
import { readRecord, type StateSpec } from '../state/record.ts';
import { backupMarker, type KeyValueStore } from '../state/store.ts';
import { checkState } from './persist.ts';
import type { BuilderState } from './state.ts';
import { isRecord } from '../is-record.ts';

const prefix = 'nastavnik:roadmap:';
const currentKey = `${prefix}current`;

export const roadmapKey = (id: string) => `${prefix}${id}`;

export const roadmapSpec: StateSpec<BuilderState> = {
  version: 1,
  what: 'дорожную карту',
  fresh: 'открыта новая дорожная карта',
  check: (data) => {
    const read = checkState(data);
    if ('state' in read) return { ok: true, value: read.state };
    // «Данные дорожной карты не читаются: Период …» reads inside the store's message as «(период …)».
    const reason = read.error.replace(/^Данные дорожной карты не читаются: /, '').replace(/\.$/, '');
    return { ok: false, error: reason.charAt(0).toLowerCase() + reason.slice(1) };
  },
  // Until December 2026 the site kept the roadmap itself, `{ version: 1, id, … }`, not a record.
  legacy: (text) => {
    const old: unknown = JSON.parse(text);
    return isRecord(old) && old.version === 1 && !('v' in old) ? old : undefined;
  },
};

/** Storage that can list its keys, as Web Storage can. */
export interface ListedStore extends KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
}

export interface SavedSummary {
  id: string;
  title: string;
  organisation: string;
  savedAt: string;
}

/** Roadmaps kept in this browser, latest first; damaged ones and their copies aside are left out of the list. */
export function savedRoadmaps(store: ListedStore): SavedSummary[] {
  const list: SavedSummary[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(prefix) || key === currentKey || key.includes(backupMarker) || key === `${prefix}index`)
        continue;
      const read = readRecord(store.getItem(key) ?? '', roadmapSpec);
      if (read.kind === 'ok')
        list.push({
          id: read.value.id,
          title: read.value.title,
          organisation: read.value.organisation,
          savedAt: read.savedAt,
        });
    }
  } catch {
    // Storage is off: nothing is listed, and the page says why elsewhere.
  }
  return list.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** The id of the roadmap the page opens with, or null. */
export function currentRoadmap(store: KeyValueStore | null): string | null {
  try {
    return store?.getItem(currentKey) ?? null;
  } catch {
    return null;
  }
}

/** Makes this roadmap the one the page opens with; a refusal is reported by the save that comes with it. */
export function rememberCurrent(store: KeyValueStore | null, id: string): void {
  try {
    store?.setItem(currentKey, id);
  } catch {
    // The roadmap's own save says the browser refuses; the pointer adds nothing to that.
  }
}
