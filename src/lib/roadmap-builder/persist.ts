// The builder's roadmap outside the page: a share link (#r=…: the state as deflated JSON in base64url; the
// hash never reaches a server) and a JSON file to keep and re-open next year. The browser's storage is in
// storage.ts.
import { deflateSync, inflateSync } from 'fflate';
import { builderState } from '../../schemas/roadmap-builder.ts';
import { decodeHashJson, encodeHashJson } from '../hash-json.ts';
import { periodError } from './schedule.ts';
import type { BuilderState } from './state.ts';

export const fileFormat = 'nastavnik-roadmap';
export const shareKey = 'r=';

type Read = { state: BuilderState } | { error: string };

/** Checks anything read from outside and makes ids safe to continue from. */
export function checkState(value: unknown): Read {
  const parsed = builderState.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` (поле ${issue.path.join('.')})` : '';
    return { error: `Данные дорожной карты не читаются: ${issue.message}${where}.` };
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
  return encodeHashJson(state, (bytes) => deflateSync(bytes, { level: 9 }));
}

export function decodeShare(text: string): Read {
  let json: unknown;
  try {
    json = decodeHashJson(text, (bytes) => inflateSync(bytes));
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
  if (record.version !== 1) return { error: 'Файл сохранён более новой версией сайта и здесь не читается.' };
  return checkState(record.roadmap);
}
