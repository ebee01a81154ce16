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
