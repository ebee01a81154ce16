// The monitoring's heavy work in one place, answered by messages: parsing answer files, pooling what was read
// (repeats dropped), and the analysis. engine-worker.ts runs it in a Web Worker, so after 5,000 files the page
// receives only the figures to draw; without workers the page runs the same code itself.
import { analyse, type MonitoringResult, type Settings } from './analyse.ts';
import { readJsonFile, throttleProgress, unopened, type ReadResult } from './json-files.ts';
import { decodeBatches, encodeBatches, type CompactBatches } from './compact.ts';
import { combine, type Batch } from './pipeline.ts';
import type { MonitoredForm } from './questionnaires.ts';
import type { Note } from './responses.ts';

/** What the page shows: the analysis, the notes of every file, how many answers count, the latest answer's date. */
export interface MonitoringView {
  result: MonitoringResult;
  notes: Note[];
  responses: number;
  /** YYYY-MM-DD, '' when no answer is dated. */
  latestDate: string;
}

/** A chosen file's text, read by the page (null when it would not open), and its place among the files. */
export interface LoadedFile {
  index: number;
  name: string;
  text: string | null;
}

/**
 * To the engine: `set` replaces the pooled answers (a restored save, another tab's; in their saved shape when
 * the page has it, which crosses to the worker several times faster than 5,000 objects), `add` appends (a survey
 * mapped), `settings` only recounts. `read` starts reading `total` files, the first of them with it; `more`
 * brings the next ones as the page reads them from disk (the page reads the text: handing File objects over
 * made Chromium look each file up on disk while the page waited, 0.2–0.8 ms a file).
 * `commit` adds what was read to the pool, in the order the files were chosen: a number is the place of a
 * read file, a batch is what the page made of a file itself (a table that could not be read).
 */
export type EngineRequest = { id: number } & (
  | { kind: 'set'; batches: Batch[] | CompactBatches; settings: Settings }
  | { kind: 'add'; batches: Batch[]; settings: Settings }
  | { kind: 'settings'; settings: Settings }
  | { kind: 'read'; total: number; files: LoadedFile[] }
  | { kind: 'more'; files: LoadedFile[] }
  | { kind: 'commit'; layout: (number | Batch)[]; settings: Settings }
);

/** A request as the page words it, before it is numbered. */
export type EngineAsk = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never;

/**
 * From the engine: a view after `set`, `add`, `settings` and `commit` (after `commit` with the pooled answers in
 * their saved shape, so the page saves them without encoding them itself); progress while reading; after the last
 * file, what was read as JSON text (the page keeps it for the save, and a string crosses at once where 5,000
 * objects are rebuilt one by one on the page's thread).
 */
export type EngineReply = { id: number } & (
  | { kind: 'view'; view: MonitoringView; compact?: CompactBatches }
  | { kind: 'progress'; done: number }
  | { kind: 'read'; json: string }
  | { kind: 'failed'; message: string }
);

export function monitoringView(batches: Batch[], forms: MonitoredForm[], settings: Settings): MonitoringView {
  const combined = combine(batches);
  return {
    result: analyse(combined.responses, forms, settings),
    notes: combined.notes,
    responses: combined.responses.length,
    // biome-ignore lint/complexity/useMathMinMax: dates are YYYY-MM-DD text, compared as strings, not numbers
    latestDate: combined.responses.reduce((d, r) => (r.date > d ? r.date : d), ''),
  };
}

/** The engine's state and its answer to each request; `post` sends replies (the worker's postMessage). */
export function createEngine(forms: MonitoredForm[], post: (reply: EngineReply) => void) {
  const byId = Object.fromEntries(forms.map((f) => [f.id, f]));
  let pool: Batch[] = [];
  let read = { id: -1, results: [] as ReadResult[], total: 0, done: 0 };
  let progress: (done: number) => void = () => undefined;

  const take = (files: LoadedFile[]) => {
    for (const file of files) {
      read.results[file.index] = file.text === null ? unopened(file.name) : readJsonFile(file.name, file.text, byId);
      read.done++;
    }
    progress(read.done);
    if (read.done === read.total) post({ id: read.id, kind: 'read', json: JSON.stringify(read.results) });
  };

  return (request: EngineRequest): void => {
    const view = (settings: Settings) =>
      post({ id: request.id, kind: 'view', view: monitoringView(pool, forms, settings) });
    try {
      switch (request.kind) {
        case 'set': {
          const batches = Array.isArray(request.batches) ? request.batches : decodeBatches(request.batches);
          if (!batches) throw new Error('ответы не читаются');
          pool = batches;
          view(request.settings);
          break;
        }
        case 'add':
          pool = [...pool, ...request.batches];
          view(request.settings);
          break;
        case 'settings':
          view(request.settings);
          break;
        case 'read':
          read = { id: request.id, results: [], total: request.total, done: 0 };
          progress = throttleProgress(request.total, (done) => post({ id: request.id, kind: 'progress', done }));
          take(request.files);
          break;
        case 'more':
          take(request.files);
          break;
        case 'commit': {
          const { results } = read;
          pool = [...pool, ...request.layout.map((item) => (typeof item === 'number' ? results[item]! : item))];
          read = { id: -1, results: [], total: 0, done: 0 };
          post({
            id: request.id,
            kind: 'view',
            view: monitoringView(pool, forms, request.settings),
            compact: encodeBatches(pool),
          });
          break;
        }
      }
    } catch (error) {
      post({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
