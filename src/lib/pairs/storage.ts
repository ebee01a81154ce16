// The pairs tool's state between visits (local storage) and as a file to pass to a colleague. Whatever is read
// back is checked field by field: a damaged or older copy never breaks the page, and what fits is kept.
import { defaultSynonyms } from './topics.ts';
import type { MenteeRow, MentorRow, OrderDetails, PairRef, PairsState } from './types.ts';

export const storageKey = 'nastavnik:pairs';
export const projectFormat = 'nastavnik-pairs';
export const projectVersion = 1;
/** More rows than this are not kept: a district's whole base fits many times over. */
export const maxRows = 2000;

/** «2026/2027» for a day of that school year (it starts on 1 September). */
export function schoolYearOf(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = month >= 9 ? year : year - 1;
  return `${first}/${first + 1}`;
}

export function emptyOrder(today: string): OrderDetails {
  const first = Number(schoolYearOf(today).slice(0, 4));
  return { organisation: '', settlement: '', orderDate: '', orderNumber: '', schoolYear: schoolYearOf(today), curator: '', curatorDative: '', curatorGender: '', plansDue: '', from: `${first}-10-01`, to: `${first + 1}-05-31` };
}

export function initialState(today: string): PairsState {
  return { mentees: [], mentors: [], settings: { synonyms: defaultSynonyms, school: 'none', spread: true }, fixed: [], forbidden: [], order: emptyOrder(today), codesOnly: false };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);

function rowsOf<T extends object>(raw: unknown, template: T): T[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isRecord)
    .slice(0, maxRows)
    .map((row) => Object.fromEntries(Object.keys(template).map((key) => [key, str(row[key], str((template as Record<string, unknown>)[key]))])) as T);
}

const refsOf = (raw: unknown): PairRef[] =>
  Array.isArray(raw) ? raw.filter(isRecord).filter((r) => typeof r.mentee === 'string' && typeof r.mentor === 'string').map((r) => ({ mentee: r.mentee as string, mentor: r.mentor as string })) : [];

/** A state from anything read back, with the defaults where the copy has nothing usable. */
export function sanitiseState(raw: unknown, today: string): PairsState {
  const base = initialState(today);
  if (!isRecord(raw)) return base;
  const settings = isRecord(raw.settings) ? raw.settings : {};
  const order = isRecord(raw.order) ? raw.order : {};
  return {
    mentees: rowsOf<MenteeRow>(raw.mentees, { code: '', name: '', school: '', category: '', form: '', topics: '' }),
    mentors: rowsOf<MentorRow>(raw.mentors, { code: '', name: '', position: '', school: '', forms: '', topics: '', capacity: '1' }),
    settings: {
      synonyms: str(settings.synonyms, base.settings.synonyms),
      school: settings.school === 'same' || settings.school === 'other' ? settings.school : 'none',
      spread: typeof settings.spread === 'boolean' ? settings.spread : base.settings.spread,
    },
    fixed: refsOf(raw.fixed),
    forbidden: refsOf(raw.forbidden),
    order: Object.fromEntries(Object.entries(base.order).map(([key, value]) => [key, str(order[key], value)])) as unknown as OrderDetails,
    codesOnly: raw.codesOnly === true,
  };
}

/** Names taken out, codes kept: what can leave the curator's computer. */
export function withoutNames(state: PairsState): PairsState {
  return { ...state, mentees: state.mentees.map((m) => ({ ...m, name: '' })), mentors: state.mentors.map((m) => ({ ...m, name: '' })) };
}

export function projectJson(state: PairsState, exportedAt: string): string {
  return JSON.stringify({ format: projectFormat, version: projectVersion, exportedAt, state: state.codesOnly ? withoutNames(state) : state }, null, 2);
}

/** A project file back, or a Russian message saying why it cannot be read. */
export function readProject(text: string, today: string): { state: PairsState } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'Файл не читается: это не JSON или он повреждён.' };
  }
  if (!isRecord(data) || data.format !== projectFormat) return { error: 'Это не файл подбора пар: в нём нет отметки «nastavnik-pairs». Анкеты загружаются кнопкой «Из анкет (JSON)».' };
  if (data.version !== projectVersion) return { error: `Файл записан в версии ${String(data.version)}, а инструмент читает версию ${projectVersion}.` };
  return { state: sanitiseState(data.state, today) };
}

export type Restored = { state: PairsState; notice: 'empty' | 'restored' | 'corrupt' | 'unavailable' };

export function restoreState(read: () => string | null, today: string): Restored {
  let raw: string | null;
  try {
    raw = read();
  } catch {
    return { state: initialState(today), notice: 'unavailable' };
  }
  if (raw === null) return { state: initialState(today), notice: 'empty' };
  const project = readProject(raw, today);
  return 'state' in project ? { state: project.state, notice: 'restored' } : { state: initialState(today), notice: 'corrupt' };
}

export const storedText = (state: PairsState, savedAt: string) => JSON.stringify({ format: projectFormat, version: projectVersion, savedAt, state });

/** The part of the work that carries no personal data: the settings, to share as a link (`#nastroyki=…`). */
export const settingsHashKey = 'nastroyki=';

export function settingsHash(settings: PairsState['settings']): string {
  return `#${settingsHashKey}${encodeURIComponent(JSON.stringify(settings))}`;
}

/** The settings from a link, or null when the hash carries none or they do not read. */
export function settingsFromHash(hash: string, today: string): PairsState['settings'] | null {
  const raw = hash.replace(/^#/, '');
  if (!raw.startsWith(settingsHashKey)) return null;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(raw.slice(settingsHashKey.length)));
    if (!isRecord(parsed) || typeof parsed.synonyms !== 'string') return null;
    return sanitiseState({ settings: parsed }, today).settings;
  } catch {
    return null;
  }
}
