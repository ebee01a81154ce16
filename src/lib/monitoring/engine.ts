// The monitoring's heavy work in one place, answered by messages: reading answer files, pooling what was read
// (repeats dropped), and the analysis. engine-worker.ts runs it in a Web Worker, so after 5,000 files the page
// receives only the figures to draw; without workers the page runs the same code itself.
import { analyse, type MonitoringResult, type Settings } from './analyse.ts';
import { readAnswerFile, throttleProgress, type ReadResult, type TextFile } from './json-files.ts';
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

/**
 * To the engine: `set` replaces the pooled answers (a restored save, another tab's), `add` appends (a survey
 * mapped), `settings` only recounts. `read` starts reading `total` files, the first of them with it; `more`
 * brings the next ones (the page hands files over a few at a time: each costs the page a look at the disk).
 * `commit` adds what was read to the pool, in the order the files were chosen: a number is the place of a
 * read file, a batch is what the page made of a file itself (a table that could not be read).
 */
export type EngineRequest = { id: number } & (
  | { kind: 'set'; batches: Batch[]; settings: Settings }
  | { kind: 'add'; batches: Batch[]; settings: Settings }
  | { kind: 'settings'; settings: Settings }
  | { kind: 'read'; total: number; files: TextFile[] }
  | { kind: 'more'; files: TextFile[] }
  | { kind: 'commit'; layout: (number | Batch)[]; settings: Settings }
);

/** A request as the page words it, before it is numbered. */
export type EngineAsk = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never;

/**
 * From the engine: a view after `set`, `add`, `settings` and `commit`; progress while reading; after the last
 * file, what was read as JSON text (the page keeps it for the save, and a string crosses at once where 5,000
 * objects are rebuilt one by one on the page's thread).
 */
export type EngineReply = { id: number } & (
  | { kind: 'view'; view: MonitoringView }
  | { kind: 'progress'; done: number }
  | { kind: 'read'; json: string }
  | { kind: 'failed'; message: string }
);

/** Files read at once: the disk reads one while another is parsed. */
const parallel = 8;

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
  interface Reading {
    id: number;
    files: TextFile[];
    results: ReadResult[];
    total: number;
    next: number;
    done: number;
    active: number;
  }
  const idle = (): Reading => ({ id: -1, files: [], results: [], total: 0, next: 0, done: 0, active: 0 });
  let read = idle();
  let progress: (done: number) => void = () => undefined;

  const pump = () => {
    const current = read;
    while (current.active < parallel && current.next < current.files.length) {
      const index = current.next++;
      current.active++;
      void readAnswerFile(current.files[index]!, byId).then((result) => {
        if (current !== read) return;
        current.results[index] = result;
        current.active--;
        current.done++;
        progress(current.done);
        if (current.done === current.total)
          post({ id: current.id, kind: 'read', json: JSON.stringify(current.results) });
        else pump();
      });
    }
  };

  return (request: EngineRequest): void => {
    const view = (settings: Settings) =>
      post({ id: request.id, kind: 'view', view: monitoringView(pool, forms, settings) });
    try {
      switch (request.kind) {
        case 'set':
          pool = request.batches;
          view(request.settings);
          break;
        case 'add':
          pool = [...pool, ...request.batches];
          view(request.settings);
          break;
        case 'settings':
          view(request.settings);
          break;
        case 'read':
          read = { ...idle(), id: request.id, files: [...request.files], total: request.total };
          progress = throttleProgress(request.total, (done) => post({ id: request.id, kind: 'progress', done }));
          if (request.total === 0) post({ id: request.id, kind: 'read', json: '[]' });
          else pump();
          break;
        case 'more':
          read.files.push(...request.files);
          pump();
          break;
        case 'commit': {
          const { results } = read;
          pool = [...pool, ...request.layout.map((item) => (typeof item === 'number' ? results[item]! : item))];
          read = idle();
          view(request.settings);
          break;
        }
      }
    } catch (error) {
      post({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
