// What the curator's decisions do to the pairs tool's state: fixing or forbidding a pair (each undoes the other),
// undoing either, an edit that leaves the shown result behind the lists, and the result kept across a reload.
// Every decision is followed by a new matching in which the fixed pairs stay as they are (match.ts).
import { explain } from './explain.ts';
import { prepare } from './prepare.ts';
import type { MatchResult, PairRef, PairsState, SavedMatch } from './types.ts';

export type DecisionKind = 'fix' | 'unfix' | 'forbid' | 'allow';
export interface Decision {
  kind: DecisionKind;
  pair: PairRef;
}

const same = (a: PairRef) => (b: PairRef) => a.mentee === b.mentee && a.mentor === b.mentor;
const without = (list: PairRef[], pair: PairRef) => list.filter((p) => !same(pair)(p));
/** Only the two codes: a shown pair carries its score and reasons, which do not belong in the decisions. */
const ref = (pair: PairRef): PairRef => ({ mentee: pair.mentee, mentor: pair.mentor });

/** The decisions after one more: a fixed pair is no longer forbidden and the other way round; nothing twice. */
export function decide(state: Pick<PairsState, 'fixed' | 'forbidden'>, { kind, pair }: Decision) {
  const { fixed, forbidden } = state;
  switch (kind) {
    case 'fix':
      return { fixed: [...without(fixed, pair), ref(pair)], forbidden: without(forbidden, pair) };
    case 'unfix':
      return { fixed: without(fixed, pair), forbidden };
    case 'forbid':
      return { fixed: without(fixed, pair), forbidden: [...without(forbidden, pair), ref(pair)] };
    case 'allow':
      return { fixed, forbidden: without(forbidden, pair) };
  }
}

/** Whether a pair is among those fixed or forbidden. */
export const isIn = (list: PairRef[], pair: PairRef) => list.some(same(pair));

/** The state after an edit of the lists or settings: a result already shown no longer follows from them. */
export function afterEdit(state: PairsState): PairsState {
  return state.matched && !state.matched.stale ? { ...state, matched: { ...state.matched, stale: true } } : state;
}

/** A result as it is saved with the state: the chosen pairs' codes; the fixed ones are already in `fixed`. */
export function savedMatch(result: MatchResult): SavedMatch {
  return {
    pairs: result.pairs.filter((p) => !p.fixed).map((p) => [p.mentee, p.mentor]),
    quick: result.quick === true,
    stale: false,
  };
}

/**
 * The saved result shown again, its scores and reasons rebuilt from the lists without matching again. When a
 * saved pair no longer names two people of the lists (the lists changed in another tab, say) it is left out and
 * the result is marked as behind the lists.
 */
export function restoreMatch(state: PairsState, saved: SavedMatch): { result: MatchResult; stale: boolean } {
  const prepared = prepare(state);
  const chosen = saved.pairs.map(([mentee, mentor]) => ({ mentee, mentor }));
  const result = explain(prepared, state.settings.school, chosen);
  const shown = result.pairs.filter((p) => !p.fixed).length;
  return {
    result: saved.quick ? { ...result, quick: true } : result,
    stale: saved.stale || shown !== chosen.length,
  };
}
