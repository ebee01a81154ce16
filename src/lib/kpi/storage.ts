// The calculator's inputs in the browser's storage, through the site's one store (src/lib/state): kept in the
// link's short shape and read back by the link's own checks. Limits are applied where schools come in.
import { readRecord, type StateSpec } from '../state/record.ts';
import type { KpiState, SchoolInput } from './types.ts';
import { decodeState, packState, unpackState } from './url-state.ts';

export const storageKey = 'nastavnik:kpi';

/** Schools a district may list: more than any Russian municipality has. Checked on adding and pasting. */
export const maxSchools = 1000;

export const kpiSpec: StateSpec<KpiState> = {
  version: 1,
  what: 'данные калькулятора',
  fresh: 'открыт пример',
  check: (data) => {
    const state = unpackState(data);
    return state ? { ok: true, value: state } : { ok: false, error: 'данные не сходятся с полями калькулятора' };
  },
  encode: packState,
  // Until December 2026 the site kept the link's string itself (base64url), not a record.
  legacy: (text) => {
    const state = decodeState(text);
    return state ? packState(state) : undefined;
  },
};

/** Schools pasted or added, within the limit; a Russian message naming the limit when they do not fit. */
export function addSchools(
  current: SchoolInput[],
  added: SchoolInput[],
  replace: boolean,
): { schools: SchoolInput[] } | { error: string } {
  const schools = replace ? added : [...current, ...added];
  if (schools.length <= maxSchools) return { schools };
  return {
    error:
      `В калькуляторе может быть не больше ${maxSchools} школ, а получилось бы ${schools.length}. ` +
      'Ничего не добавлено: разделите район на части и посчитайте каждую отдельно.',
  };
}

/** The inputs another tool finds saved here (the text under `storageKey`), in either shape; null when unusable. */
export function savedKpiState(text: string): KpiState | null {
  const read = readRecord(text, kpiSpec);
  return read.kind === 'ok' ? read.value : null;
}
