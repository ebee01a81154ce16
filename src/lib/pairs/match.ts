// Matching mentees to mentors: which pairs are possible, how good each is, and the optimal set of pairs
// within the mentors' places. As many mentees as possible get a mentor; among such sets, the one with the
// highest total score wins. Each pair says why; each mentee left without a mentor says why.
import { solveAssignment, type AssignmentProblem } from './assignment.ts';
import { solveQuickly } from './quick.ts';
import { formLabel } from './forms.ts';
import { pairKey, prepare, type Mentee, type Mentor, type Prepared } from './prepare.ts';
import type { MatchResult, PairRef, PairsState, SchoolPreference, SuggestedPair, UnmatchedMentee } from './types.ts';

/** Points of a pair: each shared topic, the preferred school, the form named by both. */
export const weights = { topic: 10, school: 3, form: 1 } as const;
/** The cost of a mentor's second, third… mentee when the load is spread: 1, 2, 3, then 4 for every next one. */
export const spreadCost = (slot: number) => Math.min(slot, 4);

interface PairQuality {
  score: number;
  topics: string[];
  sameSchool: boolean;
  form: string;
}

const sameSchool = (mentee: Mentee, mentor: Mentor) =>
  mentee.school !== '' && mentee.school.toLowerCase() === mentor.school.toLowerCase();

/** Whether the two can work together at all: a shared topic and a form both accept. */
export function compatible(mentee: Mentee, mentor: Mentor): boolean {
  if (mentee.form && mentor.forms.length > 0 && !mentor.forms.includes(mentee.form)) return false;
  const keys = new Set(mentor.topics.map((t) => t.key));
  return mentee.topics.some((t) => keys.has(t.key));
}

export function pairQuality(mentee: Mentee, mentor: Mentor, school: PairsState['settings']['school']): PairQuality {
  const keys = new Set(mentor.topics.map((t) => t.key));
  const topics = mentee.topics.filter((t) => keys.has(t.key)).map((t) => t.label);
  const same = sameSchool(mentee, mentor);
  const schoolPoints =
    (school === 'same' && same) || (school === 'other' && !same && mentee.school !== '' && mentor.school !== '')
      ? weights.school
      : 0;
  const form = mentee.form || (mentor.forms.length === 1 ? mentor.forms[0]! : '');
  const formPoints = mentee.form && mentor.forms.includes(mentee.form) ? weights.form : 0;
  return { score: topics.length * weights.topic + schoolPoints + formPoints, topics, sameSchool: same, form };
}

function why(quality: PairQuality, fixed: boolean, school: PairsState['settings']['school']): string {
  const parts: string[] = [];
  if (fixed) parts.push('закреплена куратором');
  parts.push(quality.topics.length > 0 ? `общие темы: ${quality.topics.join('; ')}` : 'общих тем нет');
  if (quality.sameSchool) parts.push(school === 'other' ? 'одна организация' : 'одна организация — встречаться проще');
  else if (school === 'other') parts.push('разные организации — сетевое наставничество');
  if (quality.form) parts.push(`форма «${formLabel(quality.form)}»`);
  return parts.join('; ');
}

/** Where the matching is, for a long run's progress: a stage and, while pairs are chosen, how many are placed. */
export interface MatchProgress {
  stage: 'prepare' | 'score' | 'solve' | 'explain';
  done: number;
  total: number;
}

export interface MatchOptions {
  onProgress?: (progress: MatchProgress) => void;
}

/**
 * Above this many mentee × mentor cells the quick matching of quick.ts is used: the optimal search of assignment.ts
 * took 15 s to 330 s on a district's 10,000 × 500 and 3 to 8 s at 2,000 × 200–500 (December 2026, a shared machine);
 * the quick one, 0.04 to 0.2 s there, gives as many pairs as the optimum and within 0.1 % of its quality in those
 * trials. Below the line the optimum is kept. The result says which was used.
 */
export const quickAbove = 250_000;

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

/** Scores of every allowed pair, from topic keys and schools read once per person: this loop meets every pair. */
function scoreEdges(rows: Mentee[], columns: Columns, forbidden: Set<string>, school: SchoolPreference) {
  const mentorTopics = columns.map((m) => new Set(m.topics.map((t) => t.key)));
  const mentorSchools = columns.map((m) => m.school.toLowerCase());
  const edges: [number, number][][] = [];
  let best = 0;
  for (const mentee of rows) {
    const list: [number, number][] = [];
    const keys = mentee.topics.map((t) => t.key);
    const menteeSchool = mentee.school.toLowerCase();
    columns.forEach((mentor, c) => {
      if (mentee.form && mentor.forms.length > 0 && !mentor.forms.includes(mentee.form)) return;
      const offered = mentorTopics[c]!;
      let shared = 0;
      for (const key of keys) if (offered.has(key)) shared += 1;
      if (shared === 0) return;
      if (forbidden.size > 0 && forbidden.has(pairKey({ mentee: mentee.code, mentor: mentor.code }))) return;
      const same = menteeSchool !== '' && menteeSchool === mentorSchools[c];
      const schoolPoints =
        (school === 'same' && same) || (school === 'other' && !same && menteeSchool !== '' && mentor.school !== '')
          ? weights.school
          : 0;
      const score =
        shared * weights.topic + schoolPoints + (mentee.form && mentor.forms.includes(mentee.form) ? weights.form : 0);
      list.push([c, score]);
      if (score > best) best = score;
    });
    edges.push(list);
  }
  return { edges, best };
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
  const problem: AssignmentProblem = {
    rows: rows.length,
    columns: columns.length,
    capacity: columns.map((m) => Math.max(0, m.capacity - (fixedLoad.get(m.code) ?? 0))),
    edges: scored.edges.map((list) => list.map(([c, score]) => [c, base + score] as const)),
    ...(input.settings.spread
      ? { slotCost: (c: number, slot: number) => spreadCost(slot + (fixedLoad.get(columns[c]!.code) ?? 0)) }
      : {}),
  };
  if (rows.length * columns.length <= quickAbove) return solveAssignment(problem);
  const report = options.onProgress;
  return solveQuickly(problem, report && ((done, total) => report({ stage: 'solve', done, total })));
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

/**
 * The result for pairs already chosen (the curator's fixed ones are added from the state): each pair's score and
 * reason, each mentee left alone with why. Also rebuilds a saved result on reload without matching again.
 */
export function explain(prepared: Prepared, school: SchoolPreference, chosen: PairRef[]): MatchResult {
  const { mentors, fixed, forbidden } = prepared;
  const menteeByCode = new Map(prepared.mentees.map((m) => [m.code, m]));
  const mentorByCode = new Map(mentors.map((m) => [m.code, m]));
  const found = new Map<string, SuggestedPair>();
  for (const [pair, isFixed] of [...fixed.map((p) => [p, true] as const), ...chosen.map((p) => [p, false] as const)]) {
    const mentee = menteeByCode.get(pair.mentee);
    const mentor = mentorByCode.get(pair.mentor);
    if (!mentee || !mentor || found.has(pair.mentee)) continue;
    const quality = pairQuality(mentee, mentor, school);
    found.set(pair.mentee, { ...pair, fixed: isFixed, ...quality, why: why(quality, isFixed, school) });
  }
  // Pairs in the order of the mentors' list, then of the mentees' list: the order the curator typed them in.
  const pairs = [...found.values()].sort(
    (a, b) =>
      mentorByCode.get(a.mentor)!.row - mentorByCode.get(b.mentor)!.row ||
      menteeByCode.get(a.mentee)!.row - menteeByCode.get(b.mentee)!.row,
  );
  const unmatched: UnmatchedMentee[] = [
    ...prepared.mentees
      .filter((m) => !found.has(m.code))
      .map((m) => ({ mentee: m.code, reason: unmatchedReason(m, mentors, forbidden) })),
    ...prepared.rejected.map(({ code, reason }) => ({
      mentee: code,
      reason: `строка с ошибкой и в подборе не участвует. ${reason}`,
    })),
  ];
  return { pairs, unmatched, issues: prepared.issues, total: pairs.reduce((sum, p) => sum + p.score, 0) };
}

const list = (mentors: Mentor[]) => {
  const codes = mentors.map((m) => m.code);
  return codes.length > 5 ? `${codes.slice(0, 5).join(', ')} и ещё ${codes.length - 5}` : codes.join(', ');
};

/** Why a mentee got no mentor, from the most basic cause to the last. */
export function unmatchedReason(mentee: Mentee, mentors: Mentor[], forbidden: Set<string>): string {
  if (mentee.topics.length === 0) return 'не указано, с чем нужна помощь: впишите темы.';
  const keys = new Set(mentee.topics.map((t) => t.key));
  const sharing = mentors.filter((m) => m.topics.some((t) => keys.has(t.key)));
  if (sharing.length === 0)
    return `ни один наставник не помогает с темами: ${mentee.topics.map((t) => `«${t.label}»`).join(', ')}. Добавьте наставника или объявите синонимы.`;
  const fitting = sharing.filter((m) => compatible(mentee, m));
  if (fitting.length === 0)
    return `наставники с общими темами (${list(sharing)}) не работают в форме «${formLabel(mentee.form)}».`;
  const allowed = fitting.filter((m) => !forbidden.has(pairKey({ mentee: mentee.code, mentor: m.code })));
  if (allowed.length === 0) return `все подходящие пары (${list(fitting)}) запрещены куратором.`;
  const open = allowed.filter((m) => m.capacity > 0);
  if (open.length === 0)
    return `у подходящих наставников (${list(allowed)}) нет мест: у каждого указано 0 наставляемых.`;
  return `все места у подходящих наставников (${list(open)}) заняты другими наставляемыми, для которых замены нет. Добавьте место или наставника.`;
}
