// An online survey's table (Yandex Forms, Google Forms: a header row, then a row per respondent) read as
// responses of one questionnaire through a column mapping the user checks once. The mapping is suggested
// from the column titles and remembered by those titles, so next month's export of the same survey maps itself.
import type { StateSpec } from '../state/record.ts';
import { serviceFields, type MonitoredForm, type Stage } from './questionnaires.ts';
import { buildResponse, normaliseOption, type Note, type Response } from './responses.ts';

/** Column index → field id ('' when the column is not used). */
export type ColumnMapping = string[];

const words = (text: string) =>
  normaliseOption(text)
    .replace(/[^a-zа-я0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Suggests a field for each column: the field whose label the title equals or contains (or is contained in). */
export function suggestMapping(
  form: MonitoredForm,
  header: string[],
  remembered?: Record<string, string>,
): ColumnMapping {
  const ids = new Set(form.fields.map((f) => f.id));
  const used = new Set<string>();
  return header.map((title) => {
    const saved = remembered?.[title];
    if (saved !== undefined && (saved === '' || ids.has(saved))) {
      if (saved) used.add(saved);
      return saved;
    }
    const t = words(title);
    if (!t) return '';
    const exact = form.fields.find((f) => !used.has(f.id) && words(f.label) === t);
    const loose =
      exact ??
      form.fields.find(
        (f) =>
          !used.has(f.id) && words(f.label).length >= 6 && (t.includes(words(f.label)) || words(f.label).includes(t)),
      );
    const byName =
      loose ?? (/код/.test(t) ? form.fields.find((f) => f.id === serviceFields.code && !used.has(f.id)) : undefined);
    if (!byName) return '';
    used.add(byName.id);
    return byName.id;
  });
}

/** The mapping to remember: column title → field id. */
export const mappingToRemember = (header: string[], mapping: ColumnMapping): Record<string, string> =>
  Object.fromEntries(header.map((title, i) => [title, mapping[i] ?? '']).filter(([title]) => title !== ''));

/** The remembered mappings in the browser (src/lib/state): column title → field id, strings only. */
export const mappingSpec: StateSpec<Record<string, string>> = {
  version: 1,
  what: 'сопоставление столбцов',
  fresh: 'столбцы предложены заново',
  advice: 'В следующий раз столбцы придётся сопоставить снова.',
  check: (data) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return { ok: false, error: 'это не сопоставление столбцов' };
    const entries = Object.entries(data);
    const kept = entries.filter((e): e is [string, string] => typeof e[1] === 'string');
    return kept.length === entries.length
      ? { ok: true, value: Object.fromEntries(kept) }
      : { ok: true, value: Object.fromEntries(kept), dropped: `непонятных записей: ${entries.length - kept.length}` };
  },
  // Until December 2026 the mapping was kept as the plain object itself.
  legacy: (text) => {
    const old: unknown = JSON.parse(text);
    return typeof old === 'object' && old !== null && !Array.isArray(old) && !('v' in old) ? old : undefined;
  },
};

/** Refuses a mapping that would count nonsense: a field taken by two columns, or no question mapped at all. */
export function mappingProblems(form: MonitoredForm, header: string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  mapping.forEach((id, i) => {
    if (!id) return;
    const before = seen.get(id);
    if (before !== undefined) {
      const label = form.fields.find((f) => f.id === id)?.label ?? id;
      problems.push(`Вопрос «${label}» выбран для двух столбцов: «${header[before]}» и «${header[i]}». Оставьте один.`);
    } else seen.set(id, i);
  });
  if (seen.size === 0) problems.push('Ни один столбец не сопоставлен с вопросом анкеты.');
  return problems;
}

/**
 * Each row after the header as a response. `stage` is the stage of the whole survey when the table has no
 * column for it (a survey sent out at the end of the programme).
 */
export function readSurveyRows(
  form: MonitoredForm,
  fileName: string,
  rows: string[][],
  mapping: ColumnMapping,
  stage?: Stage,
): { responses: Response[]; notes: Note[] } {
  const stageOption = stage ? Object.entries(form.spec.stages).find(([, s]) => s === stage)?.[0] : undefined;
  const responses: Response[] = [];
  const notes: Note[] = [];
  rows.slice(1).forEach((row, i) => {
    const source = `${fileName}, строка ${i + 2}`;
    const raw: Record<string, string> = {};
    mapping.forEach((id, c) => {
      if (id) raw[id] = row[c] ?? '';
    });
    if (Object.values(raw).every((v) => v.trim() === '')) {
      notes.push({ source, level: 'error', text: 'В строке нет ни одного ответа на сопоставленные вопросы.' });
      return;
    }
    if (stageOption && !raw[form.spec.stageField]?.trim()) raw[form.spec.stageField] = stageOption;
    const built = buildResponse(form, source, raw);
    if (Object.keys(built.response.answers).length === 0) {
      notes.push({ source, level: 'error', text: 'В строке нет ни одного ответа на сопоставленные вопросы.' });
      return;
    }
    responses.push(built.response);
    notes.push(...built.notes);
  });
  if (rows.length < 2)
    notes.push({ source: fileName, level: 'error', text: 'В таблице только строка заголовков, ответов нет.' });
  return { responses, notes };
}
