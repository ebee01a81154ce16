// Reading the files the user chose: JSON answers in a Web Worker (many at a time, off the page's thread, with
// progress and a way to cancel), spreadsheets into a survey waiting for its column mapping. Each file's failure
// becomes a message of its own; the other files go on.
import { ImportError, readSpreadsheet } from '../../lib/import/index.ts';
import { failureText } from '../../lib/lazy-module.ts';
import { readJsonFiles, type ReadResult } from '../../lib/monitoring/json-files.ts';
import type { JsonFilesInput } from '../../lib/monitoring/json-worker.ts';
import type { Batch } from '../../lib/monitoring/pipeline.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { mappingSpec, suggestMapping } from '../../lib/monitoring/survey.ts';
import { openState } from '../../lib/state/store.ts';
import { runTask, TaskCancelled, type Task } from '../../lib/worker/task.ts';
import { browserStorage } from '../shared/usePersistentState.ts';
import type { PendingSurvey } from './SurveyMapping.tsx';
const mappingKey = (formId: string) => `nastavnik:monitoring:mapping:${formId}`;

export function rememberedMapping(formId: string): Record<string, string> | undefined {
  const { opened } = openState(browserStorage(), mappingKey(formId), mappingSpec);
  return opened.kind === 'restored' ? opened.value : undefined;
}

/** Adds a survey's column choices to those remembered; a refusal only means the mapping is asked again next time. */
export function rememberMapping(formId: string, mapping: Record<string, string>): void {
  const { opened, session } = openState(browserStorage(), mappingKey(formId), mappingSpec);
  session.save({ ...(opened.kind === 'restored' ? opened.value : {}), ...mapping });
}

/** The questionnaire whose questions most column titles match. */
function bestForm(forms: MonitoredForm[], header: string[]): { form: MonitoredForm; mapping: string[] } {
  let best = { form: forms[0]!, mapping: suggestMapping(forms[0]!, header, rememberedMapping(forms[0]!.id)) };
  for (const form of forms.slice(1)) {
    const mapping = suggestMapping(form, header, rememberedMapping(form.id));
    if (mapping.filter(Boolean).length > best.mapping.filter(Boolean).length) best = { form, mapping };
  }
  return best;
}

let nextId = 1;

const isJson = (file: File) => /\.json$/i.test(file.name);

/** Files handed to one worker at a time: handing over 5,000 at once held the page for about a second. */
const filesPerWorker = 500;

/**
 * The JSON files read in workers, `filesPerWorker` at a time, one after another; where the browser offers no
 * worker, or one fails to start, on the page itself.
 */
function readJsonTask(
  files: File[],
  forms: Record<string, MonitoredForm>,
  onDone: (done: number) => void,
): Task<ReadResult[]> {
  if (files.length === 0) return { result: Promise.resolve([]), cancel: () => undefined };
  if (typeof Worker === 'undefined') return { result: readJsonFiles(files, forms, onDone), cancel: () => undefined };
  let current: Task<string> | undefined;
  let cancelled = false;
  const result = (async () => {
    const read: ReadResult[] = [];
    for (let start = 0; start < files.length; start += filesPerWorker) {
      if (cancelled) throw new TaskCancelled();
      const part = files.slice(start, start + filesPerWorker);
      const progress = (done: number) => onDone(start + done);
      const worker = new Worker(new URL('../../lib/monitoring/json-worker.ts', import.meta.url), { type: 'module' });
      current = runTask<JsonFilesInput, number, string>(worker, { files: part, forms }, progress);
      try {
        read.push(...(JSON.parse(await current.result) as ReadResult[]));
      } catch (error) {
        if (error instanceof TaskCancelled) throw error;
        read.push(...(await readJsonFiles(part, forms, progress)));
      }
    }
    return read;
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
  };
}

export interface ReadOutcome {
  batches: Batch[];
  surveys: PendingSurvey[];
}

/**
 * Reads the files; `onProgress` gets how many of them are read. `cancel()` stops the reading: the result then
 * rejects with TaskCancelled and nothing of it is kept. `expected` names, for a file that is not a table, what
 * the tool asks for («таблицу с ответами онлайн-опроса»).
 */
export function readFiles(
  files: File[],
  forms: Record<string, MonitoredForm>,
  expected: string,
  onProgress: (done: number) => void = () => undefined,
): Task<ReadOutcome> {
  const json = files.filter(isJson);
  let jsonDone = 0;
  let sheetsDone = 0;
  let cancelled = false;
  const report = () => onProgress(jsonDone + sheetsDone);
  const jsonTask: Task<ReadResult[]> = readJsonTask(json, forms, (done) => {
    jsonDone = done;
    report();
  });
  // Awaited below; until then a cancellation must not count as an unhandled failure.
  jsonTask.result.catch(() => undefined);

  const result = (async () => {
    const byFile = new Map<File, Batch>();
    const surveys: PendingSurvey[] = [];
    for (const file of files.filter((f) => !isJson(f))) {
      if (cancelled) break;
      try {
        const sheet = await readSpreadsheet(file, { expected });
        const header = sheet.rows[0]!;
        const { form, mapping } = bestForm(Object.values(forms), header);
        surveys.push({
          id: nextId++,
          fileName: file.name,
          header,
          rows: sheet.rows,
          formId: form.id,
          mapping,
          stage: '',
        });
      } catch (error) {
        const text = error instanceof ImportError ? error.message : failureText(error, 'Файл не читается: {message}.');
        byFile.set(file, { responses: [], notes: [{ source: file.name, level: 'error', text }] });
      }
      sheetsDone++;
      report();
    }
    const read = await jsonTask.result;
    if (cancelled) throw new TaskCancelled();
    for (const [i, file] of json.entries()) byFile.set(file, read[i]!);
    // Messages stay in the order the files were chosen.
    const batches = files.flatMap((file) => byFile.get(file) ?? []);
    return { batches, surveys };
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      jsonTask.cancel();
    },
  };
}
