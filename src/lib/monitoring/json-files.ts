// Reads the form filler's «nastavnik-form» JSON files. Each file gets its own messages: a file that is not
// JSON, not a questionnaire export, or of a questionnaire the tool does not count is refused alone, and the
// other files are still counted.
import type { MonitoredForm } from './questionnaires.ts';
import { buildResponse, rawFromValues, type Note, type Response } from './responses.ts';
import { isRecord } from '../is-record.ts';

export interface ReadResult {
  responses: Response[];
  notes: Note[];
}

export function readJsonFile(name: string, text: string, forms: Record<string, MonitoredForm>): ReadResult {
  const refuse = (message: string): ReadResult => ({
    responses: [],
    notes: [{ source: name, level: 'error', text: message }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('Файл не читается: это не JSON или он повреждён. Скачайте ответы из формы на сайте заново.');
  }
  // One export per file; a list of exports (several answers merged into one file) is read item by item.
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return refuse('В файле нет ни одной анкеты.');
  const result: ReadResult = { responses: [], notes: [] };
  items.forEach((item, i) => {
    const source = items.length > 1 ? `${name}, анкета ${i + 1}` : name;
    if (
      !isRecord(item) ||
      item.format !== 'nastavnik-form' ||
      typeof item.form !== 'string' ||
      !isRecord(item.values)
    ) {
      result.notes.push({
        source,
        level: 'error',
        text: 'Это не ответы анкеты с сайта: в файле нет отметки «nastavnik-form», имени формы или ответов.',
      });
      return;
    }
    const form = forms[item.form];
    if (!form) {
      const title = typeof item.title === 'string' ? `«${item.title}»` : `«${item.form}»`;
      result.notes.push({
        source,
        level: 'error',
        text: `Это ${title}, а не анкета мониторинга. Считаются анкеты: ${Object.values(forms)
          .map((f) => `«${f.title}»`)
          .join(', ')}.`,
      });
      return;
    }
    const raw = rawFromValues(item.values as Record<string, never>);
    const { response, notes } = buildResponse(form, source, raw);
    if (Object.keys(response.answers).length === 0) {
      result.notes.push({ source, level: 'error', text: 'Анкета пустая: в ней нет ни одного ответа.' });
      return;
    }
    // Old exports carry no date field value; the export time stands in so duplicates can still be ordered.
    if (!response.date && typeof item.exportedAt === 'string')
      response.date = item.exportedAt.slice(0, 10).match(/^\d{4}-\d{2}-\d{2}$/) ? item.exportedAt.slice(0, 10) : '';
    result.responses.push(response);
    result.notes.push(...notes);
  });
  return result;
}

/** A file to read: a browser File, or a stand-in with a name and its text. */
export interface TextFile {
  name: string;
  text(): Promise<string>;
}

/** Reads one answer file from disk; a file that no longer opens gets its own message. */
export async function readAnswerFile(file: TextFile, forms: Record<string, MonitoredForm>): Promise<ReadResult> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return unopened(file.name);
  }
  return readJsonFile(file.name, text, forms);
}

/** A file the browser could not open (moved or deleted since it was chosen). */
export const unopened = (name: string): ReadResult => ({
  responses: [],
  notes: [{ source: name, level: 'error', text: 'Файл не открылся. Выберите его ещё раз.' }],
});

/**
 * Reads many answer files, `parallel` at a time (the browser reads a file from disk while another is parsed),
 * each result in the files' order; `onProgress` gets how many are done after each file.
 */
export async function readJsonFiles(
  files: readonly TextFile[],
  forms: Record<string, MonitoredForm>,
  onProgress: (done: number) => void = () => undefined,
  parallel = 8,
): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const reader = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = await readAnswerFile(files[index]!, forms);
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, files.length)) }, reader));
  return results;
}

/** Calls `report` at most once per `interval` ms, and always for the last step, so a page is not redrawn 5,000 times. */
export function throttleProgress(
  total: number,
  report: (done: number) => void,
  interval = 100,
  now: () => number = () => Date.now(),
): (done: number) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (done) => {
    const time = now();
    if (done === total || time - last >= interval) {
      last = time;
      report(done);
    }
  };
}
