// The builder's roadmap outside the page: a share link (#r=…: the state as deflated JSON in base64url; the
// hash never reaches a server) and a JSON file to keep and re-open next year. The browser's storage is in
// storage.ts. fflate loads only when a link is made or opened, not with the page.
import { builderState } from '../../schemas/roadmap-builder.ts';
import { decodeHashJson, encodeHashJson } from '../hash-json.ts';
import { loadModule } from '../lazy-module.ts';
import { periodError } from './schedule.ts';
import type { BuilderState } from './state.ts';

export const fileFormat = 'nastavnik-roadmap';
export const shareKey = 'r=';

type Read = { state: BuilderState } | { error: string };

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
  if (new Set(used).size !== used.length)
    return { error: 'Данные дорожной карты не читаются: два раздела или мероприятия с одним идентификатором.' };
  const highest = Math.max(0, ...used.map((id) => Number(id.replace(/^\D+/, '')) || 0));
  return { state: { ...state, nextId: Math.max(state.nextId, highest + 1) } };
}

/** Throws ModuleLoadError when fflate cannot be loaded (offline before the site was kept for offline use). */
export async function encodeShare(state: BuilderState): Promise<string> {
  const { deflateSync } = await loadModule(() => import('fflate'), 'для ссылки');
  return encodeHashJson(state, (bytes) => deflateSync(bytes, { level: 9 }));
}

/** Throws ModuleLoadError as encodeShare does; a damaged link is a Read with its error. */
export async function decodeShare(text: string): Promise<Read> {
  const { inflateSync } = await loadModule(() => import('fflate'), 'для ссылки');
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
    return {
      error: `Это файл заполненной формы${typeof record.title === 'string' ? ` «${record.title}»` : ''}, а не дорожной карты. Откройте его на странице формы.`,
    };
  }
  if (record.format !== fileFormat)
    return {
      error: 'Это не файл дорожной карты «Наставника». Откройте файл, сохранённый кнопкой «Сохранить файл (.json)».',
    };
  if (record.version !== 1) {
    const newer = typeof record.version === 'number' && record.version > 1;
    return {
      error: newer ? otherVersion : `Это повреждённый файл дорожной карты: в нём нет номера версии. ${openSavedFile}`,
    };
  }
  return checkState(record.roadmap);
}
