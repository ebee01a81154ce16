// Reading the files the user chose: JSON answers in the monitoring's worker (many at a time, off the page's
// thread, with progress and a way to cancel), spreadsheets into a survey waiting for its column mapping. Each
// file's failure becomes a message of its own; the other files go on.
import { ImportError } from '../../lib/import/errors.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import type { Batch } from '../../lib/monitoring/pipeline.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { mappingSpec, suggestMapping } from '../../lib/monitoring/survey.ts';
import { openState } from '../../lib/state/store.ts';
import { TaskCancelled, type Task } from '../../lib/worker/task.ts';
import { browserStorage } from '../shared/usePersistentState.ts';
import type { EngineClient } from './engine-client.ts';
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

export interface ReadOutcome {
  batches: Batch[];
  /** The same batches as the engine is to pool them: a read file by its place, a refused table as its batch. */
  layout: (number | Batch)[];
  surveys: PendingSurvey[];
}

/** The table reader loads with the first table chosen: most curators bring the form filler's JSON only. */
const spreadsheetReader = () => loadModule(() => import('../../lib/import/index.ts'), 'для чтения таблицы');

/** A spreadsheet becomes a survey waiting for its mapping; one that does not read becomes its own message. */
async function readSheet(
  file: File,
  forms: Record<string, MonitoredForm>,
  expected: string,
): Promise<PendingSurvey | Batch> {
  try {
    const { readSpreadsheet } = await spreadsheetReader();
    const sheet = await readSpreadsheet(file, { expected });
    const header = sheet.rows[0]!;
    const { form, mapping } = bestForm(Object.values(forms), header);
    return { id: nextId++, fileName: file.name, header, rows: sheet.rows, formId: form.id, mapping, stage: '' };
  } catch (error) {
    const text = error instanceof ImportError ? error.message : failureText(error, 'Файл не читается: {message}.');
    return { responses: [], notes: [{ source: file.name, level: 'error', text }] };
  }
}

/**
 * Reads the files; `onProgress` gets how many of them are read. `cancel()` stops the reading: the result then
 * rejects with TaskCancelled and nothing of it is kept. `expected` names, for a file that is not a table, what
 * the tool asks for («таблицу с ответами онлайн-опроса»).
 */
export function readFiles(
  engine: EngineClient,
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
  const jsonTask = engine.read(json, (done) => {
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
      const read = await readSheet(file, forms, expected);
      if ('responses' in read) byFile.set(file, read);
      else surveys.push(read);
      sheetsDone++;
      report();
    }
    const read = await jsonTask.result;
    if (cancelled) throw new TaskCancelled();
    const place = new Map(json.map((file, i) => [file, i]));
    for (const [i, file] of json.entries()) byFile.set(file, read[i]!);
    // Messages stay in the order the files were chosen.
    const chosen = files.filter((file) => byFile.has(file));
    const batches = chosen.map((file) => byFile.get(file)!);
    const layout = chosen.map((file) => place.get(file) ?? byFile.get(file)!);
    return { batches, layout, surveys };
  })();
  const cancel = () => {
    cancelled = true;
    jsonTask.cancel();
  };
  return { result, cancel };
}
