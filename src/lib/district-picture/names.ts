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

/**
 * A lookup of the district's school a summary is, by its full or short name (undefined when the list lacks it),
 * with the list's names normalised once: 300 files against the list retyped every name of it for every file.
 */
export function districtLookup(
  district: DistrictSchool[],
): (summary: Pick<SchoolSummary, 'key' | 'fullName'>) => DistrictSchool | undefined {
  // The first school of the list a name leads to, as a search through the list in order finds it.
  const at = new Map<string, number>();
  district.forEach((s, i) => {
    for (const key of [schoolKey(s.name), schoolKey(s.shortName)]) if (!at.has(key)) at.set(key, i);
  });
  return (summary) => {
    const found = [at.get(summary.key), at.get(schoolKey(summary.fullName))].filter((i) => i !== undefined);
    return found.length ? district[Math.min(...found)] : undefined;
  };
}

/** The district's school a summary is, by its full or short name; undefined when the district's list lacks it. */
export function districtSchoolOf(
  summary: Pick<SchoolSummary, 'key' | 'fullName'>,
  district: DistrictSchool[],
): DistrictSchool | undefined {
  return districtLookup(district)(summary);
}

/** Schools of the files the district's list of organisations lacks: named so the list can be completed. */
export function unknownSchools(schools: SchoolSummary[], district: DistrictSchool[]): SchoolSummary[] {
  const schoolOf = districtLookup(district);
  return schools.filter((s) => !schoolOf(s));
}
