// The district's data as the build reads it: the content collections, in file order, checked across
// files. A reference to a missing school or a duplicate mentor fails the build with the same message
// `npm run check:district` prints.
import { getCollection } from 'astro:content';
import { DataFileError } from '../data-loader.ts';
import { checkDistrict, formatProblems } from './checks.ts';
import type { DistrictData } from './types.ts';

export const districtDir = process.env.DISTRICT_DIR ?? 'src/content/district';

let loaded: Promise<DistrictData> | undefined;

async function load(): Promise<DistrictData> {
  const data: DistrictData = {
    profile: (await getCollection('districtProfile'))[0]?.data,
    schools: (await getCollection('schools')).map((entry) => entry.data),
    mentors: (await getCollection('mentors')).map((entry) => entry.data),
    programmes: (await getCollection('programmes')).map((entry) => entry.data),
    events: (await getCollection('events')).map((entry) => entry.data),
    documents: (await getCollection('districtDocuments')).map((entry) => entry.data),
  };
  const errors = checkDistrict(data, districtDir).filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new DataFileError(formatProblems(errors));
  return data;
}

/** The district's data, read and checked once per build. */
export function loadDistrict(): Promise<DistrictData> {
  loaded ??= load();
  return loaded;
}

/** Whether this copy of the site publishes a district: without a profile there are no district pages. */
export async function hasDistrict(): Promise<boolean> {
  return (await loadDistrict()).profile !== undefined;
}
