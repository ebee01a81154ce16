// The district's data as the build reads it: the content collections, in file order, checked across
// files. A reference to a missing school or a duplicate mentor fails the build with the same message
// `npm run check:district` prints.
import { existsSync, readFileSync } from 'node:fs';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { getCollection } from 'astro:content';
import { DataFileError } from '../data-loader.ts';
import { checkDistrict, formatProblems } from './checks.ts';
import type { DistrictData } from './types.ts';

export const districtDir = process.env.DISTRICT_DIR ?? 'src/content/district';

let loaded: Promise<DistrictData> | undefined;

/**
 * The content store returns records ordered by id; the pages list them in the order of the file, as the
 * district wrote them (schools by number, mentors by school), so the order is read from the file again.
 */
function inFileOrder<T extends { id: string }>(records: T[], name: string): T[] {
  const path = `${districtDir}/${name}`;
  if (!existsSync(path)) return records;
  const list = loadYaml(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });
  if (!Array.isArray(list)) return records;
  const position = new Map(list.map((record, index) => [(record as { id?: unknown } | null)?.id, index]));
  return [...records].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

async function load(): Promise<DistrictData> {
  const data: DistrictData = {
    profile: (await getCollection('districtProfile'))[0]?.data,
    schools: inFileOrder(
      (await getCollection('schools')).map((entry) => entry.data),
      'schools.yaml',
    ),
    mentors: inFileOrder(
      (await getCollection('mentors')).map((entry) => entry.data),
      'mentors.yaml',
    ),
    programmes: inFileOrder(
      (await getCollection('programmes')).map((entry) => entry.data),
      'programmes.yaml',
    ),
    events: inFileOrder(
      (await getCollection('events')).map((entry) => entry.data),
      'events.yaml',
    ),
    documents: inFileOrder(
      (await getCollection('districtDocuments')).map((entry) => entry.data),
      'documents.yaml',
    ),
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
