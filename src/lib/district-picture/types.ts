// What the district's picture keeps of each school's file: aggregates only (counts, mentors, topics, satisfied
// shares), never the raw answers, so three hundred schools fit in the browser's storage and survive a reload.
import type { Population } from '../kpi/types.ts';

export type SourceKind = 'workspace' | 'answers' | 'counts';

/** A mentor as the school's pairs tool lists them; forms are ids of src/lib/mentoring-forms.ts. */
export interface PictureMentor {
  name: string;
  position: string;
  forms: string[];
  topics: string[];
  /** How many mentees the mentor can take; null when the list does not say. */
  capacity: number | null;
}

/** A programme of the school as its pairs tell it: one form of mentoring, its people and its period. */
export interface PictureProgramme {
  form: string;
  mentees: number;
  mentors: number;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
}

/** Satisfied of those who answered the overall question (by the latest answer of each person). */
export interface Satisfied {
  answered: number;
  satisfied: number;
}

export interface SchoolSummary {
  /** The school's name normalised: what tells two files of one school. */
  key: string;
  /** The name the file gives (short name when there is one). */
  name: string;
  fullName: string;
  /** The file it came from. */
  file: string;
  source: SourceKind;
  /** When the file was saved (ISO), '' when it does not say: the later of two files of one school wins. */
  savedAt: string;
  /** Populations of the KPI indicators the file gives. */
  counts: Partial<Record<Population, number>>;
  /** Actual values the school typed in its KPI calculator: indicator order → year → people (units). */
  kpiActuals: Record<string, Record<string, number>>;
  /** Mentees in the school's pairs: young teachers and students (by the category the curator chose). */
  youngTeacherMentees: number;
  studentMentees: number;
  mentors: PictureMentor[];
  /** Topics the school needs help with (its mentees' topics and low self-ratings), with how many asked. */
  deficits: Record<string, number>;
  /** Questionnaires counted. */
  responses: number;
  mentees: Satisfied | null;
  mentorsSatisfied: Satisfied | null;
  programmes: PictureProgramme[];
}

export interface FileMessage {
  file: string;
  level: 'error' | 'warning';
  text: string;
}

/** A school of the district's own list (src/content/district/schools.yaml), as the page needs it. */
export interface DistrictSchool {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  cluster?: string | undefined;
  address?: string | undefined;
  contact?: string | undefined;
}
