// The school's workspace file: everything the site keeps for one school in this browser (the profile, the
// calculator, roadmaps, pairs, monitoring, filled forms), in one .json file the curator saves, opens on another
// computer or sends to the district. Each tool's record is carried as the very text the browser keeps, so the tool
// reads it back through its own check and migrations (src/lib/state), and the district reads it the same way.
import { isRecord } from '../is-record.ts';
import { plural } from '../ru-words.ts';
import { backupMarker, type KeyValueStore } from '../state/store.ts';
import { profileStorageKey } from './storage-key.ts';

export const workspaceFormat = 'nastavnik-workspace';
export const workspaceVersion = 1;

/** Keys of the site's data; the low-vision settings (`nastavnik-low-vision`) are the reader's, not the school's. */
export const workspacePrefix = 'nastavnik:';

/** Largest file opened: Web Storage holds about 5 MB, and a file far above that cannot be kept anyway. */
export const maxWorkspaceChars = 12_000_000;

export interface WorkspaceFile {
  format: typeof workspaceFormat;
  version: number;
  savedAt: string;
  /** The organisation's full name as the profile had it when saved: a file names whose it is. */
  organisation: string;
  /** Storage key → the text kept under it. */
  records: Record<string, string>;
}

/** Storage that can list its keys, as Web Storage can. */
export interface ListedStore extends KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
}

const isWorkspaceKey = (key: string) => key.startsWith(workspacePrefix) && !key.includes(backupMarker);

function workspaceKeys(store: ListedStore): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key && isWorkspaceKey(key)) keys.push(key);
  }
  return keys.sort();
}

/** The organisation's name in a profile record's text, without the profile's code: '' when there is none. */
export function organisationIn(profileText: string | undefined): string {
  if (!profileText) return '';
  try {
    const record: unknown = JSON.parse(profileText);
    const data = isRecord(record) ? record.data : null;
    const organisation = isRecord(data) && isRecord(data.organisation) ? data.organisation : null;
    const name = organisation?.shortName || organisation?.fullName;
    return typeof name === 'string' ? name.trim() : '';
  } catch {
    return '';
  }
}

/** Everything the site keeps in this browser, as a workspace file. */
export function collectWorkspace(store: ListedStore, savedAt: string): WorkspaceFile {
  const records: Record<string, string> = {};
  for (const key of workspaceKeys(store)) {
    const text = store.getItem(key);
    if (text !== null) records[key] = text;
  }
  return {
    format: workspaceFormat,
    version: workspaceVersion,
    savedAt,
    organisation: organisationIn(records[profileStorageKey]),
    records,
  };
}

export const workspaceJson = (file: WorkspaceFile): string => JSON.stringify(file, null, 1);

export type ReadWorkspace = { ok: true; file: WorkspaceFile } | { ok: false; error: string };

/** A workspace file from its text; what is wrong with it in Russian otherwise. Records are checked by their tools. */
export function readWorkspace(text: string): ReadWorkspace {
  if (text.length > maxWorkspaceChars) {
    return {
      ok: false,
      error: 'Файл слишком большой для файла школы (больше 12 МБ): откройте файл, сохранённый на этом сайте.',
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Это не файл школы: файл повреждён или сохранён другой программой.' };
  }
  if (!isRecord(raw) || raw.format !== workspaceFormat) {
    return {
      ok: false,
      error: 'Это не файл школы. Файл школы сохраняют на странице «Моя школа» кнопкой «Сохранить всё в файл».',
    };
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return { ok: false, error: 'В файле школы нет понятной версии: файл повреждён.' };
  }
  if (raw.version > workspaceVersion) {
    return { ok: false, error: 'Файл сохранён более новой версией сайта: обновите страницу и откройте его снова.' };
  }
  if (!isRecord(raw.records)) return { ok: false, error: 'В файле школы нет данных инструментов: файл повреждён.' };
  const records: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw.records)) {
    // Keys of other sites and anything but text are left out: the file never writes where the site does not read.
    if (isWorkspaceKey(key) && typeof value === 'string') records[key] = value;
  }
  return {
    ok: true,
    file: {
      format: workspaceFormat,
      version: raw.version,
      savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : '',
      organisation:
        typeof raw.organisation === 'string' ? raw.organisation : organisationIn(records[profileStorageKey]),
      records,
    },
  };
}

/** What a workspace holds, part by part, as the page lists it: «профиль школы», «2 дорожные карты». */
export function workspaceParts(records: Record<string, string>): string[] {
  const keys = Object.keys(records);
  const count = (prefix: string) => keys.filter((key) => key.startsWith(prefix)).length;
  const roadmaps = keys.filter((key) => key.startsWith('nastavnik:roadmap:') && key !== 'nastavnik:roadmap:current');
  const forms = count('nastavnik:form:');
  const parts: string[] = [];
  if (profileStorageKey in records) parts.push('профиль школы');
  if ('nastavnik:participants' in records) parts.push('список участников');
  if ('nastavnik:kpi' in records) parts.push('калькулятор показателей');
  if (roadmaps.length)
    parts.push(`${roadmaps.length} ${plural(roadmaps.length, ['дорожная карта', 'дорожные карты', 'дорожных карт'])}`);
  if ('nastavnik:pairs' in records) parts.push('подбор наставнических пар');
  if ('nastavnik:monitoring' in records) parts.push('мониторинг');
  if (forms) parts.push(`${forms} ${plural(forms, ['заполненная форма', 'заполненные формы', 'заполненных форм'])}`);
  return parts;
}

/**
 * Puts a workspace into this browser in place of what is there: the site's keys the file lacks are removed, so
 * the school on screen is the file's school. What the browser refuses is said; the keys written before stay.
 */
export function openWorkspace(store: ListedStore, file: WorkspaceFile): { ok: true } | { ok: false; error: string } {
  try {
    for (const key of workspaceKeys(store)) if (!(key in file.records)) store.removeItem(key);
    for (const [key, text] of Object.entries(file.records)) store.setItem(key, text);
    return { ok: true };
  } catch {
    return {
      ok: false,
      error:
        'Браузер не дал записать файл школы целиком (нет места или запись запрещена). ' +
        'Освободите место: удалите лишние дорожные карты, — и откройте файл снова.',
    };
  }
}
