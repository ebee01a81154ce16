// The pairs tool's state between visits (the browser's storage, through the site's one store in src/lib/state)
// and as a file to pass to a colleague. Whatever is read back is checked field by field: a damaged or older copy
// never breaks the page, and nothing is cut on the way back: limits apply where people come in.
import { schoolYearName, schoolYearOf } from '../dates.ts';
import type { StateSpec } from '../state/record.ts';
import { emptyMentee, emptyMentor } from './people.ts';
import { defaultSynonyms } from './topics.ts';
import type { MenteeRow, MentorRow, OrderDetails, PairRef, PairsState, SavedMatch } from './types.ts';
import { decodeHashJson, encodeHashJson } from '../hash-json.ts';
import { isRecord } from '../is-record.ts';

export const storageKey = 'nastavnik:pairs';
export const projectFormat = 'nastavnik-pairs';
export const projectVersion = 1;
/**
 * People a list may hold: a district's whole base many times over (issue #19 asked for at least 10,000). Checked
 * where people come in (files, paste, a project file), never when the saved lists are read back.
 */
export const maxPeople = 20_000;

const listName = { mentees: 'наставляемых', mentors: 'наставников' } as const;
/** «20 000» with a no-break space, as Russian writes large numbers. */
const count = (n: number) => n.toLocaleString('ru-RU');

/** Null when `added` more people fit in a list of `existing`; otherwise a Russian message naming the limit. */
export function limitError(list: keyof typeof listName, existing: number, added: number): string | null {
  if (existing + added <= maxPeople) return null;
  const already = existing > 0 ? `, а в списке уже ${count(existing)}` : '';
  return `В списке ${listName[list]} может быть не больше ${count(maxPeople)} человек: добавляется ${count(added)}${already}. Ничего не добавлено — разделите список на части.`;
}

export function emptyOrder(today: string): OrderDetails {
  const first = schoolYearOf(today);
  return {
    organisation: '',
    settlement: '',
    orderDate: '',
    orderNumber: '',
    schoolYear: schoolYearName(today),
    curator: '',
    curatorDative: '',
    curatorGender: '',
    plansDue: '',
    from: `${first}-10-01`,
    to: `${first + 1}-05-31`,
  };
}

export function initialState(today: string): PairsState {
  return {
    mentees: [],
    mentors: [],
    settings: { synonyms: defaultSynonyms, school: 'none', spread: true },
    fixed: [],
    forbidden: [],
    order: emptyOrder(today),
    codesOnly: false,
  };
}

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);

function rowsOf<T extends object>(raw: unknown, template: T): T[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isRecord)
    .map(
      (row) =>
        Object.fromEntries(
          Object.keys(template).map((key) => [key, str(row[key], str((template as Record<string, unknown>)[key]))]),
        ) as T,
    );
}

const refsOf = (raw: unknown): PairRef[] =>
  Array.isArray(raw)
    ? raw
        .filter(isRecord)
        .filter((r) => typeof r.mentee === 'string' && typeof r.mentor === 'string')
        .map((r) => ({ mentee: r.mentee as string, mentor: r.mentor as string }))
    : [];

/** A saved result, or undefined when there is none or it does not read: then the tool simply shows no result. */
function matchedOf(raw: unknown): SavedMatch | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.pairs)) return undefined;
  const pairs = raw.pairs.filter(
    (p): p is [string, string] =>
      Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string',
  );
  return { pairs, quick: raw.quick === true, stale: raw.stale === true || pairs.length !== raw.pairs.length };
}

/** A state from anything read back, with the defaults where the copy has nothing usable. */
export function sanitiseState(raw: unknown, today: string): PairsState {
  const base = initialState(today);
  if (!isRecord(raw)) return base;
  const settings = isRecord(raw.settings) ? raw.settings : {};
  const order = isRecord(raw.order) ? raw.order : {};
  const matched = matchedOf(raw.matched);
  return {
    mentees: rowsOf<MenteeRow>(raw.mentees, emptyMentee('')),
    mentors: rowsOf<MentorRow>(raw.mentors, emptyMentor('')),
    settings: {
      synonyms: str(settings.synonyms, base.settings.synonyms),
      school: settings.school === 'same' || settings.school === 'other' ? settings.school : 'none',
      spread: typeof settings.spread === 'boolean' ? settings.spread : base.settings.spread,
    },
    fixed: refsOf(raw.fixed),
    forbidden: refsOf(raw.forbidden),
    order: Object.fromEntries(
      Object.entries(base.order).map(([key, value]) => [key, str(order[key], value)]),
    ) as unknown as OrderDetails,
    codesOnly: raw.codesOnly === true,
    ...(matched ? { matched } : {}),
  };
}

/** Names taken out, codes kept: what can leave the curator's computer. */
export function withoutNames(state: PairsState): PairsState {
  return {
    ...state,
    mentees: state.mentees.map((m) => ({ ...m, name: '' })),
    mentors: state.mentors.map((m) => ({ ...m, name: '' })),
  };
}

export function projectJson(state: PairsState, exportedAt: string): string {
  return JSON.stringify(
    {
      format: projectFormat,
      version: projectVersion,
      exportedAt,
      state: state.codesOnly ? withoutNames(state) : state,
    },
    null,
    2,
  );
}

/** A project file back, or a Russian message saying why it cannot be read. */
export function readProject(text: string, today: string): { state: PairsState } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'Файл не читается: это не JSON или он повреждён.' };
  }
  if (!isRecord(data) || data.format !== projectFormat)
    return {
      error:
        'Это не файл подбора пар: в нём нет отметки «nastavnik-pairs». Анкеты загружаются кнопкой «Из анкет (JSON)».',
    };
  if (data.version !== projectVersion)
    return { error: `Файл записан в версии ${String(data.version)}, а инструмент читает версию ${projectVersion}.` };
  const state = sanitiseState(data.state, today);
  for (const list of ['mentees', 'mentors'] as const) {
    if (state[list].length > maxPeople) {
      return {
        error: `В файле ${count(state[list].length)} ${listName[list]}, а инструмент держит не больше ${count(maxPeople)} в списке. Файл не открыт — разделите его на части.`,
      };
    }
  }
  return { state };
}

/** The lists in the browser's storage; `today` fills the order's defaults when the copy has none. */
export function pairsSpec(today: string): StateSpec<PairsState> {
  return {
    version: 1,
    what: 'списки',
    fresh: 'инструмент открыт пустым',
    check: (data) =>
      isRecord(data) ? { ok: true, value: sanitiseState(data, today) } : { ok: false, error: 'в записи нет списков' },
    // Until December 2026 the site kept the project file's shape: `{ format, version, savedAt, state }`.
    legacy: (text) => {
      const old: unknown = JSON.parse(text);
      return isRecord(old) && old.format === projectFormat && old.version === projectVersion ? old.state : undefined;
    },
  };
}

/** The part of the work that carries no personal data: the settings, to share as a link (`#nastroyki=…`). */
export const settingsHashKey = 'nastroyki=';

export function settingsHash(settings: PairsState['settings']): string {
  return `#${settingsHashKey}${encodeHashJson(settings)}`;
}

/** The settings from a link, or null when the hash carries none or they do not read. */
export function settingsFromHash(hash: string, today: string): PairsState['settings'] | null {
  const raw = hash.replace(/^#/, '');
  if (!raw.startsWith(settingsHashKey)) return null;
  try {
    const parsed = decodeHashJson(raw.slice(settingsHashKey.length));
    if (!isRecord(parsed) || typeof parsed.synonyms !== 'string') return null;
    return sanitiseState({ settings: parsed }, today).settings;
  } catch {
    return null;
  }
}
