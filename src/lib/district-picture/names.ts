// Telling schools apart by name: the key two files of one school share, and the district's school a file is.
// Light on purpose: the page imports it at once, while the readers of files load with the first file.
import type { DistrictSchool, SchoolSummary } from './types.ts';

/** Names as people retype them: case, ё, quotes, «№» spacing and extra spaces do not tell two schools apart. */
export const schoolKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„']/g, '')
    .replace(/№\s*/g, '№ ')
    .replace(/\s+/g, ' ')
    .trim();

/** The district's school a summary is, by its full or short name; undefined when the district's list lacks it. */
export function districtSchoolOf(
  summary: Pick<SchoolSummary, 'key' | 'fullName'>,
  district: DistrictSchool[],
): DistrictSchool | undefined {
  const keys = new Set([summary.key, schoolKey(summary.fullName)]);
  return district.find((s) => keys.has(schoolKey(s.name)) || keys.has(schoolKey(s.shortName)));
}

/** Schools of the files the district's list of organisations lacks: named so the list can be completed. */
export function unknownSchools(schools: SchoolSummary[], district: DistrictSchool[]): SchoolSummary[] {
  return schools.filter((s) => !districtSchoolOf(s, district));
}
