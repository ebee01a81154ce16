// The builder's roadmap outside the page: a share link (#r=…: the state as deflated JSON in base64url; the
// hash never reaches a server), a JSON file to keep and re-open next year, and the browser's storage, where
// each roadmap is kept under its own id so opening a link never overwrites another roadmap.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { builderState } from '../../schemas/roadmap-builder.ts';
import { periodError } from './schedule.ts';
import type { BuilderState } from './state.ts';

export const fileFormat = 'nastavnik-roadmap';
export const shareKey = 'r=';

type Read = { state: BuilderState } | { error: string };

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

const openSavedFile =
  'Откройте файл, сохранённый кнопкой «Сохранить файл (.json)», не меняя его вручную, или начните новую дорожную карту.';
/** A roadmap of another version: made by a newer copy of the site, or by no copy at all. */
export const otherVersion =
  'Дорожная карта сохранена более новой версией сайта и здесь не читается. ' +
  'Откройте её на сайте, где она сохранена, или обновите эту страницу (Ctrl+F5): возможно, открыта старая копия.';

/** Checks anything read from outside and makes ids safe to continue from. */
export function checkState(value: unknown): Read {
  const parsed = builderState.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const version = (value as { version?: unknown } | null)?.version;
    if (issue.path[0] === 'version') {
      const newer = typeof version === 'number' && version > 1;
      return { error: newer ? otherVersion : `Данные дорожной карты не читаются: нет номера версии. ${openSavedFile}` };
    }
    // The schema's own messages are Russian; zod's default ones are English («Invalid input: expected array»).
    const detail = /[A-Za-z]/.test(issue.message) ? 'значения нет или оно записано неверно' : issue.message;
    const path = issue.path
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('')
      .replace(/^\./, '');
    const where = path ? `поле «${path}»: ` : '';
    return { error: `Данные дорожной карты не читаются: ${where}${detail}. ${openSavedFile}` };
  }
  const state = parsed.data;
  const badPeriod = periodError(state.start, state.end);
  if (badPeriod) return { error: `Данные дорожной карты не читаются: ${badPeriod}.` };
  const used = [...state.sections.map((s) => s.id), ...state.sections.flatMap((s) => s.items.map((i) => i.id))];
  if (new Set(used).size !== used.length) return { error: 'Данные дорожной карты не читаются: два раздела или мероприятия с одним идентификатором.' };
  const highest = Math.max(0, ...used.map((id) => Number(id.replace(/^\D+/, '')) || 0));
  return { state: { ...state, nextId: Math.max(state.nextId, highest + 1) } };
}

export function encodeShare(state: BuilderState): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(state)), { level: 9 }));
}

export function decodeShare(text: string): Read {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(fromBase64Url(text))));
  } catch {
    return { error: 'Ссылка повреждена (возможно, скопирована не целиком), поэтому дорожная карта из неё не открыта.' };
  }
  return checkState(json);
}

/** The JSON file «Сохранить файл» writes. */
export function roadmapFile(state: BuilderState, savedAt: string): string {
  return JSON.stringify({ format: fileFormat, version: 1, savedAt, roadmap: state }, null, 2);
}

/** Reads a file the user opens; names what it is when it is not a roadmap of ours. */
export function readRoadmapFile(text: string): Read {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { error: 'Файл не открывается: это не JSON. Откройте файл, сохранённый кнопкой «Сохранить файл (.json)».' };
  }
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (record.format === 'nastavnik-form') {
    return { error: `Это файл заполненной формы${typeof record.title === 'string' ? ` «${record.title}»` : ''}, а не дорожной карты. Откройте его на странице формы.` };
  }
  if (record.format !== fileFormat) return { error: 'Это не файл дорожной карты «Наставника». Откройте файл, сохранённый кнопкой «Сохранить файл (.json)».' };
  if (record.version !== 1) {
    const newer = typeof record.version === 'number' && record.version > 1;
    return { error: newer ? otherVersion : `Это повреждённый файл дорожной карты: в нём нет номера версии. ${openSavedFile}` };
  }
  return checkState(record.roadmap);
}

// ——— Browser storage ———

/** The part of Web Storage we use, so tests can pass a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const prefix = 'nastavnik:roadmap:';
const currentKey = `${prefix}current`;
const indexKey = `${prefix}index`;

export interface SavedSummary {
  id: string;
  title: string;
  organisation: string;
  savedAt: string;
}

const readIndex = (store: KeyValueStore): SavedSummary[] => {
  try {
    const list = JSON.parse(store.getItem(indexKey) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((entry): entry is SavedSummary => typeof entry?.id === 'string' && typeof entry?.title === 'string') : [];
  } catch {
    return [];
  }
};

/** Roadmaps kept in this browser, latest first. */
export function savedRoadmaps(store: KeyValueStore): SavedSummary[] {
  return readIndex(store).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Saves a roadmap and makes it the one the page opens with; false when the browser refuses. */
export function saveRoadmap(store: KeyValueStore, state: BuilderState, savedAt: string): boolean {
  try {
    store.setItem(prefix + state.id, JSON.stringify(state));
    const summary: SavedSummary = { id: state.id, title: state.title, organisation: state.organisation, savedAt };
    store.setItem(indexKey, JSON.stringify([...readIndex(store).filter((entry) => entry.id !== state.id), summary]));
    store.setItem(currentKey, state.id);
    return true;
  } catch {
    return false;
  }
}

export type Loaded = { state: BuilderState } | { error: string } | null;

/** The roadmap with this id (or the current one); null when nothing is saved. */
export function loadRoadmap(store: KeyValueStore, id?: string): Loaded {
  let raw: string | null;
  try {
    const key = id ?? store.getItem(currentKey);
    if (key === null) return null;
    raw = store.getItem(prefix + key);
  } catch {
    return { error: 'Браузер не даёт читать сохранённое: после перезагрузки страницы введённое не сохранится.' };
  }
  if (raw === null) return null;
  try {
    return checkState(JSON.parse(raw));
  } catch {
    return { error: 'Сохранённая в браузере дорожная карта повреждена и не читается.' };
  }
}

export function forgetRoadmap(store: KeyValueStore, id: string): void {
  try {
    store.removeItem(prefix + id);
    store.setItem(indexKey, JSON.stringify(readIndex(store).filter((entry) => entry.id !== id)));
    if (store.getItem(currentKey) === id) store.removeItem(currentKey);
  } catch {
    // Storage is off: nothing was kept.
  }
}
