// Why the pairs are what they are: each pair's points and reason, each mentee left alone with why. Apart from the
// matching (match.ts) so that the page can show a saved result again without loading the matching's code.
import { formLabel } from './forms.ts';
import { pairKey, type Mentee, type Mentor, type Prepared } from './prepare.ts';
import type { MatchResult, PairRef, PairsState, SchoolPreference, SuggestedPair, UnmatchedMentee } from './types.ts';

/** Points of a pair: each shared topic, the preferred school, the form named by both. */
export const weights = { topic: 10, school: 3, form: 1 } as const;

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
