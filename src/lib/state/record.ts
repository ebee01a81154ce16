// One saved state of a tool as it lies in the browser: a versioned record `{ v, data, savedAt, rev, prev }`,
// read back through the tool's own check and carried from older versions to the current one by its migrations.
import { isRecord } from '../is-record.ts';

/** What a tool's check says of data read back: the value (and what it had to leave out), or why it is unusable. */
export type Checked<T> = { ok: true; value: T; dropped?: string } | { ok: false; error: string };

export interface StateSpec<T> {
  /** The version of `data` the tool writes now; a record of an older version goes through `migrations`. */
  version: number;
  /** What is saved, as it reads after «не удалось сохранить»: «ответы формы», «списки», «дорожную карту». */
  what: string;
  /** What the tool opens when the save cannot be read, as it reads after «поэтому»: «форма открыта пустой». */
  fresh: string;
  /** What to do when the browser refuses to save; by default: keep the page open and save the work to a file. */
  advice?: string;
  /** The tool's own check of data of the current version. Plain code: no zod in islands (issue #17). */
  check(data: unknown): Checked<T>;
  /** `migrations[n]` turns data of version n into data of version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** What the site saved before records had versions, as data of version 1; undefined when the text is not that. */
  legacy?(text: string): unknown;
  /** The value as it is written (a more compact shape, say); `check` reads it back. The value itself by default. */
  encode?(value: T): unknown;
}

export interface StateRecord {
  v: number;
  data: unknown;
  savedAt: string;
  /** Random, new at every write: tells two tabs' writes apart. */
  rev: string;
  /** The record this one was made from, as its writer knew it: null when the writer started from nothing. */
  prev: string | null;
}

export type ReadRecord<T> =
  | { kind: 'ok'; value: T; rev: string; prev: string | null; savedAt: string; from: number; dropped?: string }
  | { kind: 'damaged'; reason: string };

function envelope(value: unknown): StateRecord | null {
  if (!isRecord(value) || !Number.isInteger(value.v) || !('data' in value)) return null;
  return {
    v: value.v as number,
    data: value.data,
    savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
    rev: typeof value.rev === 'string' ? value.rev : '',
    prev: typeof value.prev === 'string' ? value.prev : null,
  };
}

/** The record a saved text holds, migrated to the current version and checked; or why it cannot be used. */
export function readRecord<T>(text: string, spec: StateSpec<T>): ReadRecord<T> {
  let parsed: unknown;
  let json = true;
  try {
    parsed = JSON.parse(text);
  } catch {
    json = false;
  }
  let record = json ? envelope(parsed) : null;
  let from: number;
  if (record) from = record.v;
  else {
    let old: unknown;
    try {
      old = spec.legacy?.(text);
    } catch {
      old = undefined;
    }
    if (old === undefined)
      return {
        kind: 'damaged',
        reason: json ? 'это не сохранение этого инструмента' : 'запись оборвана или испорчена',
      };
    record = { v: 1, data: old, savedAt: '', rev: '', prev: null };
    from = 0;
  }
  if (record.v < 1) return { kind: 'damaged', reason: `неизвестная версия записи (${record.v})` };
  if (record.v > spec.version) return { kind: 'damaged', reason: 'записано более новой версией сайта' };
  let data = record.data;
  for (let v = record.v; v < spec.version; v++) {
    const step = spec.migrations?.[v];
    if (!step) return { kind: 'damaged', reason: `нет перехода с версии ${v}` };
    try {
      data = step(data);
    } catch (error) {
      return {
        kind: 'damaged',
        reason: `не переносится с версии ${v}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  const checked = spec.check(data);
  if (!checked.ok) return { kind: 'damaged', reason: checked.error };
  return {
    kind: 'ok',
    value: checked.value,
    rev: record.rev,
    prev: record.prev,
    savedAt: record.savedAt,
    from,
    ...(checked.dropped ? { dropped: checked.dropped } : {}),
  };
}

/** The text of a record for the value. */
export function writeRecord<T>(
  spec: StateSpec<T>,
  value: T,
  meta: { savedAt: string; rev: string; prev: string | null },
): string {
  const record: StateRecord = { v: spec.version, data: spec.encode ? spec.encode(value) : value, ...meta };
  return JSON.stringify(record);
}
