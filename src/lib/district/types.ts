// The district's data as one value, and the problems the checks find in it.
import type {
  DistrictDocument,
  DistrictEvent,
  DistrictProfile,
  Mentor,
  Programme,
  School,
} from '../../schemas/district.ts';

export interface DistrictData {
  profile: DistrictProfile | undefined;
  schools: School[];
  mentors: Mentor[];
  programmes: Programme[];
  events: DistrictEvent[];
  documents: DistrictDocument[];
}

/** The files of a district's data folder, by the part of the data each holds. */
export const districtFiles = {
  profile: 'profile.yaml',
  schools: 'schools.yaml',
  mentors: 'mentors.yaml',
  programmes: 'programmes.yaml',
  events: 'events.yaml',
  documents: 'documents.yaml',
} as const satisfies Record<keyof DistrictData, string>;

export type DistrictPart = keyof typeof districtFiles;

export interface DataProblem {
  severity: 'error' | 'warning';
  /** The file as the user sees it, e.g. `src/content/district/mentors.yaml`. */
  file: string;
  /** `запись 3 («n-03»)`; absent when the whole file is wrong. */
  record?: string;
  /** `contacts.email`; absent when the record as a whole is wrong. */
  field?: string;
  message: string;
}

/** `запись 3 («n-03»)`: how a problem names a record of a list, counting from one as people do. */
export function recordLabel(index: number, id?: unknown): string {
  return typeof id === 'string' && id ? `запись ${index + 1} («${id}»)` : `запись ${index + 1}`;
}
