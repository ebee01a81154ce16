// Matching mentees to mentors: which pairs are possible, how good each is, and the optimal set of pairs
// within the mentors' places. As many mentees as possible get a mentor; among such sets, the one with the
// highest total score wins. Each pair says why; each mentee left without a mentor says why.
import { edgeLists, numbersFor, solveFlat, type FlatProblem } from './assignment.ts';
import { explain, weights } from './explain.ts';
import { quickAbove, solveQuickly } from './quick.ts';
import { pairKey, prepare, type Mentee, type Mentor, type Prepared } from './prepare.ts';
import type { MatchResult, PairRef, PairsState, SchoolPreference } from './types.ts';

export { compatible, explain, pairQuality, unmatchedReason, weights } from './explain.ts';

/** The cost of a mentor's second, third… mentee when the load is spread: 1, 2, 3, then 4 for every next one. */
export const spreadCost = (slot: number) => Math.min(slot, 4);

/** Where the matching is, for a long run's progress: a stage and, while pairs are chosen, how many are placed. */
export interface MatchProgress {
  stage: 'prepare' | 'score' | 'solve' | 'explain';
  done: number;
  total: number;
}

export interface MatchOptions {
  onProgress?: (progress: MatchProgress) => void;
}

type Input = Pick<PairsState, 'mentees' | 'mentors' | 'settings' | 'fixed' | 'forbidden'>;
type Columns = Mentor[];

/** Mentees still to place and the mentors, in the order of their codes: the same lists in another order match alike. */
function sides(prepared: Prepared) {
  const fixedMentees = new Set(prepared.fixed.map((p) => p.mentee));
  const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const rows = prepared.mentees.filter((m) => !fixedMentees.has(m.code)).sort(byCode);
  const columns = [...prepared.mentors].sort(byCode);
  const fixedLoad = new Map<string, number>();
  for (const pair of prepared.fixed) fixedLoad.set(pair.mentor, (fixedLoad.get(pair.mentor) ?? 0) + 1);
  return { rows, columns, fixedLoad };
}

/**
 * Scores of every allowed pair, from topic keys and schools read once per person: this loop meets every pair.
 * They go straight into flat arrays (assignment.ts, `EdgeTable`), a row's edges in the order of the columns.
 */
function scoreEdges(rows: Mentee[], columns: Columns, forbidden: Set<string>, school: SchoolPreference) {
  // Which mentors offer each topic: a mentee's shared topics are counted from its own few topics, with no string
  // compared per pair (the count is the same as testing each of its topics against each mentor's).
  const offering = new Map<string, number[]>();
  columns.forEach((mentor, c) => {
    for (const { key } of mentor.topics) {
      const list = offering.get(key);
      if (list) list.push(c);
      else offering.set(key, [c]);
    }
  });
  const mentorSchools = columns.map((m) => m.school.toLowerCase());
  const sharedWith = new Int32Array(columns.length);
  const start = new Int32Array(rows.length + 1);
  let column: Int32Array = new Int32Array(Math.max(16, rows.length * 8));
  let score: Int32Array = new Int32Array(column.length);
  let e = 0;
  let best = 0;
  rows.forEach((mentee, r) => {
    for (const { key } of mentee.topics) for (const c of offering.get(key) ?? []) sharedWith[c]! += 1;
    const menteeSchool = mentee.school.toLowerCase();
    for (let c = 0; c < columns.length; c++) {
      const shared = sharedWith[c]!;
      if (shared === 0) continue;
      sharedWith[c] = 0;
      const mentor = columns[c]!;
      if (mentee.form && mentor.forms.length > 0 && !mentor.forms.includes(mentee.form)) continue;
      if (forbidden.size > 0 && forbidden.has(pairKey({ mentee: mentee.code, mentor: mentor.code }))) continue;
      const same = menteeSchool !== '' && menteeSchool === mentorSchools[c];
      const schoolPoints =
        (school === 'same' && same) || (school === 'other' && !same && menteeSchool !== '' && mentor.school !== '')
          ? weights.school
          : 0;
      const points =
        shared * weights.topic + schoolPoints + (mentee.form && mentor.forms.includes(mentee.form) ? weights.form : 0);
      if (e === column.length) [column, score] = [grown(column), grown(score)];
      column[e] = c;
      score[e++] = points;
      if (points > best) best = points;
    }
    start[r + 1] = e;
  });
  return { start, column: column.subarray(0, e), score: score.subarray(0, e), best };
}

/** A typed array twice as long with the same start. */
function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Each score raised by `base`, in an array of the type that holds the largest. */
function weighed(scores: Int32Array, base: number, Numbers: ReturnType<typeof numbersFor>) {
  const weight = new Numbers(scores.length);
  for (let e = 0; e < scores.length; e++) weight[e] = base + scores[e]!;
  return weight;
}

function solve(
  rows: Mentee[],
  columns: Columns,
  fixedLoad: Map<string, number>,
  scored: ReturnType<typeof scoreEdges>,
  input: Input,
  options: MatchOptions,
) {
  // A base so large that one more pair always outweighs any gain in quality: the most mentees get a mentor.
  const base = rows.length * (scored.best + spreadCost(Number.MAX_SAFE_INTEGER)) + 1;
  const taken = Int32Array.from(columns, (m) => fixedLoad.get(m.code) ?? 0);
  const problem: FlatProblem = {
    rows: rows.length,
    columns: columns.length,
    capacity: columns.map((m, c) => Math.max(0, m.capacity - taken[c]!)),
    edges: {
      start: scored.start,
      column: scored.column,
      weight: weighed(scored.score, base, numbersFor([base + scored.best])),
    },
    ...(input.settings.spread ? { slotCost: (c: number, slot: number) => spreadCost(slot + taken[c]!) } : {}),
  };
  if (rows.length * columns.length <= quickAbove) return solveFlat(problem);
  const report = options.onProgress;
  return solveQuickly(
    { ...problem, edges: edgeLists(problem.edges) },
    report && ((done, total) => report({ stage: 'solve', done, total })),
  );
}

export function matchPairs(state: Input, options: MatchOptions = {}): MatchResult {
  const report = options.onProgress ?? (() => {});
  report({ stage: 'prepare', done: 0, total: state.mentees.length });
  const prepared = prepare(state);
  const { rows, columns, fixedLoad } = sides(prepared);
  report({ stage: 'score', done: 0, total: rows.length });
  const scored = scoreEdges(rows, columns, prepared.forbidden, state.settings.school);
  report({ stage: 'solve', done: 0, total: rows.length });
  const assignment = solve(rows, columns, fixedLoad, scored, state, options);
  report({ stage: 'explain', done: 0, total: rows.length });
  const found: PairRef[] = [];
  rows.forEach((mentee, r) => {
    const c = assignment[r]!;
    if (c >= 0) found.push({ mentee: mentee.code, mentor: columns[c]!.code });
  });
  const result = explain(prepared, state.settings.school, found);
  return rows.length * columns.length > quickAbove ? { ...result, quick: true } : result;
}
