// What the calculator opens with, decided in one place: a link's inputs (#kpi=…) first, then what this browser
// saved, then the worked example. A link is saved at once; a broken link opens the example and leaves the save
// untouched, so a bad address never costs anyone their work.
import { decodeState, exampleState } from './url-state.ts';
import type { KpiState } from './types.ts';

export const kpiHashKey = 'kpi=';

export type KpiNotice = 'example' | 'restored' | 'link' | 'corrupt';

export interface KpiOpening {
  state: KpiState;
  notice: KpiNotice;
  /** Write the state at once (it came from a link). */
  save: boolean;
}

/** `hash` without its «#»; `saved` is what storage gave back (null when nothing usable); `today` YYYY-MM-DD. */
export function openKpi(hash: string, saved: KpiState | null, today: string): KpiOpening {
  if (hash.startsWith(kpiHashKey)) {
    const fromLink = decodeState(hash.slice(kpiHashKey.length));
    return fromLink
      ? { state: fromLink, notice: 'link', save: true }
      : { state: exampleState(today), notice: 'corrupt', save: false };
  }
  return saved
    ? { state: saved, notice: 'restored', save: false }
    : { state: exampleState(today), notice: 'example', save: false };
}
