// Loads the site's YAML and JSON data into content collections and validates every record with its zod
// schema. Astro's own loaders would validate too, but their message is English and does not always say
// which record of a list is wrong; a methodologist editing a district's data needs the file, the record
// and the field, in Russian, so this loader reports them itself.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import type { Loader } from 'astro/loaders';

const ruErrors = z.locales.ru().localeError;
const dataExtensions = new Set(['.yaml', '.yml', '.json']);

export class DataFileError extends Error {
  override name = 'DataFileError';
}

export interface DataEntry {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
}

/** `sections[0].items[2].deadline` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** What an unknown key gets instead of zod's «Нераспознанный ключ»: a typo is the usual cause, and it was dropped. */
export const unknownKeyMessage = 'такого поля нет в схеме: проверьте, нет ли опечатки в имени, или удалите его';

/**
 * A zod issue as the fields it names and what is wrong with each. An unknown key is reported at the key itself
 * (`sections[0].items[2].colour`), not at the object holding it, so a methodologist finds the line.
 */
export function issueFields(issue: z.core.$ZodIssue): { field: string; message: string }[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({ field: formatPath([...issue.path, key]), message: unknownKeyMessage }));
  return [{ field: formatPath(issue.path), message: issue.message }];
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .flatMap(issueFields)
    .map(({ field, message }) => `  • поле «${field || '(весь объект)'}»: ${message}`)
    .join('\n');
}

function parseText(filePath: string, source: string): unknown {
  try {
    // The core schema reads `date: 2025-09-01` as the text the schemas expect, not as a timestamp object:
    // a methodologist should not have to know that dates need quotes.
    return extname(filePath) === '.json' ? JSON.parse(source) : loadYaml(source, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new DataFileError(`Файл ${filePath} не читается: ${(error as Error).message}`);
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value, { error: ruErrors });
  if (!result.success) throw new DataFileError(`Ошибка в данных: ${where}\n${describeIssues(result.error.issues)}`);
  return result.data;
}

/**
 * Reads the entries of a data source. `path` is either a folder, where each file is one entry named after
 * the file, or one file holding a list of records, each with its own `id`.
 */
export function readDataEntries(path: string, schema: z.ZodType, root = process.cwd()): DataEntry[] {
  const absolute = resolve(root, path);
  if (!existsSync(absolute)) return [];
  const shown = (file: string) => relative(root, file);

  if (statSync(absolute).isDirectory()) {
    return readdirSync(absolute)
      .filter((name) => dataExtensions.has(extname(name)) && !name.startsWith('_'))
      .sort()
      .map((name) => {
        const file = join(absolute, name);
        const value = parseText(shown(file), readFileSync(file, 'utf8'));
        const data = validate(schema, value, shown(file)) as Record<string, unknown>;
        return { id: basename(name, extname(name)), data, filePath: shown(file) };
      });
  }

  // A file holds a list of records; a file of one record (a district's profile) may hold it alone.
  const value = parseText(shown(absolute), readFileSync(absolute, 'utf8'));
  const records: unknown[] = Array.isArray(value) ? value : [value];
  const entries = records.map((record, index) => {
    const id = (record as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? `запись ${index + 1} («${id}»)` : `запись ${index + 1}`;
    const data = validate(schema, record, `${shown(absolute)}, ${label}`) as Record<string, unknown>;
    return { id: String(data.id), data, filePath: shown(absolute) };
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id))
      throw new DataFileError(
        `Ошибка в данных: ${shown(absolute)}\n  • идентификатор «${entry.id}» встречается дважды`,
      );
    seen.add(entry.id);
  }
  return entries;
}

/** A content-collection loader over `readDataEntries`; in `astro dev` it reloads when the data changes. */
export function dataLoader(path: string, schema: z.ZodType): Loader {
  return {
    name: 'nastavnik-data',
    schema,
    load: async ({ store, generateDigest, watcher, config }) => {
      const root = new URL('.', config.root).pathname;
      const sync = () => {
        store.clear();
        for (const entry of readDataEntries(path, schema, root)) {
          store.set({ ...entry, digest: generateDigest(entry.data) });
        }
      };
      sync();
      const watched = resolve(root, path);
      watcher?.add(watched);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(watched)) sync();
      });
    },
  };
}
