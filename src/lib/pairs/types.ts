// What the pairs tool holds: the two lists as the curator typed or imported them (text, so nothing typed is
// lost even when it is wrong), the settings of the matching, the curator's decisions and the order's details.

/** A mentee as entered: every field is text; `topics` are separated by «;» or new lines. */
export interface MenteeRow {
  /** A code such as «НЯ-001»: the one identity of a person in the tool; names are optional. */
  code: string;
  name: string;
  school: string;
  /** From the base of mentees: «молодой педагог», «обучающийся с низкими результатами»… */
  category: string;
  /** A form of mentoring by its name («учитель – учитель») or id, or empty for any. */
  form: string;
  topics: string;
}

export interface MentorRow {
  code: string;
  name: string;
  position: string;
  school: string;
  /** Forms the mentor works in, separated by «;» or commas; empty for any. */
  forms: string;
  topics: string;
  /** How many mentees the mentor can take; empty means one. */
  capacity: string;
}

/** A pair named by the two codes. */
export interface PairRef {
  mentee: string;
  mentor: string;
}

/** `same`: prefer a mentor of the mentee's school; `other`: prefer another school (network mentoring). */
export type SchoolPreference = 'none' | 'same' | 'other';

export interface MatchSettings {
  /** One group of synonyms a line, words separated by «=». */
  synonyms: string;
  school: SchoolPreference;
  /** Give a mentor's second and later mentees a small cost, so the load spreads between mentors. */
  spread: boolean;
}

/** The fields of the order that do not come from the pairs. Dates are `YYYY-MM-DD`. */
export interface OrderDetails {
  organisation: string;
  settlement: string;
  orderDate: string;
  orderNumber: string;
  schoolYear: string;
  curator: string;
  /** The curator as the order's «Куратору …» says it, when the user corrected the suggestion; '' otherwise. */
  curatorDative?: string;
  /** 'male' or 'female' when the curator's name does not tell it and the user chose; '' otherwise. */
  curatorGender?: string;
  plansDue: string;
  /** The period of the pairs: the order's «Начало» and «Окончание», and the start of each personal plan. */
  from: string;
  to: string;
}

export interface PairsState {
  mentees: MenteeRow[];
  mentors: MentorRow[];
  settings: MatchSettings;
  /** Pairs the curator fixed: kept as they are in every run. */
  fixed: PairRef[];
  /** Pairs the curator forbade: never suggested. */
  forbidden: PairRef[];
  order: OrderDetails;
  /** Show and export codes only, never names. */
  codesOnly: boolean;
  /** The last matching's result as pairs of codes, kept across a reload (src/lib/pairs/decisions.ts). */
  matched?: SavedMatch;
}

/**
 * A result as it is saved: only the pairs the matching chose (the fixed ones are in `fixed`), as codes, about
 * 25 characters a pair (10,000 pairs ≈ 250 KB); the scores and reasons are rebuilt from the lists on open.
 */
export interface SavedMatch {
  pairs: [mentee: string, mentor: string][];
  /** Found by the quick matching of large lists. */
  quick: boolean;
  /** The lists or settings changed after this matching. */
  stale: boolean;
}

export type IssueLevel = 'error' | 'warning';

/** A message about the input. An error keeps its row out of the matching; a warning only informs. */
export interface InputIssue {
  level: IssueLevel;
  list: 'mentees' | 'mentors' | 'settings' | 'decisions';
  /** 0-based row in its list, when the message is about one row. */
  row?: number;
  message: string;
}

export interface SuggestedPair {
  mentee: string;
  mentor: string;
  /** Fixed by the curator rather than found by the matching. */
  fixed: boolean;
  /** Quality of the pair: shared topics, school preference, form named on both sides. */
  score: number;
  /** Shared topics, as shown. */
  topics: string[];
  sameSchool: boolean;
  /** The form of mentoring the pair works in, by id, when known. */
  form: string;
  /** Why this pair: one line in Russian. */
  why: string;
}

export interface UnmatchedMentee {
  mentee: string;
  reason: string;
}

export interface MatchResult {
  pairs: SuggestedPair[];
  unmatched: UnmatchedMentee[];
  issues: InputIssue[];
  /** Sum of the pairs' scores: what the matching maximised after the number of pairs. */
  total: number;
  /** Found by the quick matching of large lists: the most pairs, their quality not proved the best. */
  quick?: true;
}
