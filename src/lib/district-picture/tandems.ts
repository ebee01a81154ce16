// Network tandems: a ШВОР school's mentors for a ШНОР school's needs. Each school is one row of the pairs tool's
// own optimal matching (src/lib/pairs/match.ts): the weak school asks for its deficits, the strong one offers
// what its mentors «может помочь» with and takes as many partner schools as the district allows.
import { matchPairs } from '../pairs/match.ts';
import { defaultSynonyms, normaliseTopic } from '../pairs/topics.ts';
import type { MenteeRow, MentorRow } from '../pairs/types.ts';
import type { ClusterResult } from './clusters.ts';
import type { SchoolSummary } from './types.ts';

export interface Tandem {
  /** The ШНОР school that gets help. */
  host: string;
  hostName: string;
  /** The ШВОР school whose mentors help. */
  partner: string;
  partnerName: string;
  topics: string[];
  /** Mentors of the partner school who help with those topics. */
  mentors: string[];
  score: number;
  why: string;
}

export interface TandemResult {
  tandems: Tandem[];
  /** ШНОР schools left without a partner, and why. */
  unmatched: { key: string; name: string; reason: string }[];
}

/** The topics a school asks help with, the most asked first. */
export const needsOf = (school: SchoolSummary): string[] =>
  Object.entries(school.deficits)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'ru'))
    .map(([topic]) => topic);

/** What a school's mentors can help with, each topic once. */
export function offersOf(school: SchoolSummary): string[] {
  const seen = new Map<string, string>();
  for (const mentor of school.mentors)
    for (const topic of mentor.topics) if (!seen.has(normaliseTopic(topic))) seen.set(normaliseTopic(topic), topic);
  return [...seen.values()];
}

/** `capacity`: how many ШНОР schools one ШВОР school may take. */
export function matchTandems(schools: SchoolSummary[], clusters: ClusterResult[], capacity: number): TandemResult {
  const clusterOf = new Map(clusters.map((c) => [c.key, c.cluster]));
  const hosts = schools.filter((s) => clusterOf.get(s.key) === 'ШНОР');
  const partners = schools.filter((s) => clusterOf.get(s.key) === 'ШВОР');
  // Codes by position: school names may repeat letters and spaces the pairs tool would reject in a code.
  const hostCode = (i: number) => `Н${i + 1}`;
  const partnerCode = (i: number) => `В${i + 1}`;
  const mentees: MenteeRow[] = hosts.map((s, i) => ({
    code: hostCode(i),
    name: '',
    school: s.name,
    category: '',
    form: '',
    topics: needsOf(s).join('; '),
  }));
  const mentors: MentorRow[] = partners.map((s, i) => ({
    code: partnerCode(i),
    name: '',
    position: '',
    school: s.name,
    forms: '',
    topics: offersOf(s).join('; '),
    capacity: String(capacity),
  }));
  const result = matchPairs({
    mentees,
    mentors,
    settings: { synonyms: defaultSynonyms, school: 'none', spread: true },
    fixed: [],
    forbidden: [],
  });
  const hostByCode = new Map(hosts.map((s, i) => [hostCode(i), s]));
  const partnerByCode = new Map(partners.map((s, i) => [partnerCode(i), s]));
  const tandems = result.pairs.map((pair): Tandem => {
    const host = hostByCode.get(pair.mentee)!;
    const partner = partnerByCode.get(pair.mentor)!;
    const keys = new Set(pair.topics.map(normaliseTopic));
    const helping = partner.mentors
      .filter((m) => m.topics.some((t) => keys.has(normaliseTopic(t))))
      .map((m) => (m.position ? `${m.name} (${m.position})` : m.name));
    return {
      host: host.key,
      hostName: host.name,
      partner: partner.key,
      partnerName: partner.name,
      topics: pair.topics,
      mentors: helping,
      score: pair.score,
      why:
        `«${host.name}» (ШНОР) просит помощи с темами, которые знают наставники «${partner.name}» (ШВОР): ` +
        `${pair.topics.join('; ')}.`,
    };
  });
  const unmatched = result.unmatched.map((u) => {
    const host = hostByCode.get(u.mentee)!;
    const reason =
      needsOf(host).length === 0
        ? 'школа не сообщила, с чем нужна помощь (нет тем у наставляемых и анкет дефицитов).'
        : partners.length === 0
          ? 'в районе нет школ группы ШВОР.'
          : `ни одна школа ШВОР с незанятым местом не помогает с темами: ${needsOf(host).slice(0, 5).join('; ')}.`;
    return { key: host.key, name: host.name, reason };
  });
  return { tandems, unmatched };
}

/**
 * The library's form a tandem's draft agreement is filled from: named here only. Today the partner agreement;
 * when the library has a network-mentoring contract form, its id goes here.
 */
export const agreementFormId = 'soglashenie-s-organizaciej-partnerom';
