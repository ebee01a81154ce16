// Reads a district's data folder without Astro and reports every problem at once, for
// `npm run check:district` and the tests. The build reads the same files through the content loader
// (src/lib/data-loader.ts), which stops at the first wrong record; the schemas and wording are the same.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { z } from 'zod';
import * as schemas from '../../schemas/district.ts';
import { issueFields } from '../data-loader.ts';
import { checkDistrict } from './checks.ts';
import { districtFiles, recordLabel, type DataProblem, type DistrictData, type DistrictPart } from './types.ts';

const ruErrors = z.locales.ru().localeError;

const schemaOf: Record<DistrictPart, z.ZodType> = {
  profile: schemas.districtProfile,
  schools: schemas.school,
  mentors: schemas.mentor,
  programmes: schemas.programme,
  events: schemas.districtEvent,
  documents: schemas.districtDocument,
};

export interface DistrictReading {
  data: DistrictData;
  problems: DataProblem[];
}

/** `dir` is resolved against `root`; messages show it relative to `root`. */
export function readDistrict(dir: string, root = process.cwd()): DistrictReading {
  const absolute = resolve(root, dir);
  const fromRoot = relative(root, absolute);
  const shownDir = fromRoot === '' ? '.' : fromRoot.startsWith('..') ? absolute : fromRoot;
  const problems: DataProblem[] = [];
  const records = {} as Record<DistrictPart, unknown[]>;
  const positions = {} as Record<DistrictPart, number[]>;

  for (const [part, name] of Object.entries(districtFiles) as [DistrictPart, string][]) {
    const file = `${shownDir}/${name}`;
    records[part] = [];
    positions[part] = [];
    const path = join(absolute, name);
    if (!existsSync(path)) continue;
    let value: unknown;
    try {
      value = loadYaml(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });
    } catch (error) {
      const where =
        error instanceof YAMLException && error.mark
          ? `строка ${error.mark.line + 1}, позиция ${error.mark.column + 1}: `
          : '';
      problems.push({
        severity: 'error',
        file,
        message: `файл не читается как YAML (${where}${(error as Error).message.split('\n')[0]})`,
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    const list = part === 'profile' ? [value] : Array.isArray(value) ? value : null;
    if (!list) {
      problems.push({
        severity: 'error',
        file,
        message: 'файл должен быть списком записей, каждая начинается с «- id: …»',
      });
      continue;
    }
    const seen = new Map<string, number>();
    list.forEach((record, index) => {
      const id = (record as { id?: unknown } | null)?.id;
      const label = part === 'profile' ? undefined : recordLabel(index, id);
      const result = schemaOf[part].safeParse(record, { error: ruErrors });
      if (!result.success) {
        for (const { field, message } of result.error.issues.flatMap(issueFields))
          problems.push({
            severity: 'error',
            file,
            ...(label ? { record: label } : {}),
            field: field || '(вся запись)',
            message,
          });
        return;
      }
      records[part].push(result.data);
      positions[part].push(index);
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        problems.push({
          severity: 'error',
          file,
          ...(label ? { record: label } : {}),
          field: 'id',
          message: `идентификатор «${id}» уже есть: ${recordLabel(first, id)}`,
        });
    });
  }

  const data = { ...records, profile: records.profile[0] } as unknown as DistrictData;
  // References are checked only between records that passed their schema: a wrong record is reported once.
  return { data, problems: [...problems, ...checkDistrict(data, shownDir, positions)] };
}
