// What a tab does when another tab of the same site changes the state it has open: a pure decision from what
// this tab knows and what the other tab wrote, so that no edit is ever replaced without the user's choice.

export interface Situation {
  /** The record this tab last read, wrote or took (its `rev`); null when the key was empty. */
  known: string | null;
  /** This tab wrote `known` itself: it holds edits of its own that another tab may not have seen. */
  authored: boolean;
  /** This tab holds edits not in storage (a save refused, or a choice still open). */
  pending: boolean;
  /** What the other tab left: a record (its `rev` and the `prev` it was made from), or null when it removed it. */
  theirs: { rev: string; prev: string | null } | null;
}

/** `take`: show the other tab's state; `ask`: tell the user and let them choose; `ignore`: nothing new. */
export type Action = 'ignore' | 'take' | 'ask';

export function decide({ known, authored, pending, theirs }: Situation): Action {
  if ((theirs?.rev ?? null) === known) return 'ignore';
  // The other tab built on what this tab last had, so everything of this tab's is in it; or this tab has nothing
  // of its own to lose. Either way the newer state can simply be shown.
  const nothingOfMineLost = !authored || (theirs !== null && theirs.prev === known);
  return nothingOfMineLost && !pending ? 'take' : 'ask';
}
