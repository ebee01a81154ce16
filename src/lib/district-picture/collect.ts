// Collecting the schools' files: each file read on its own (a bad one gets its message and the rest still count),
// answer files grouped by the organisation they name, one school counted once (the later file of two wins), and
// a school missing from the district's list of organisations named.
import { combine } from '../monitoring/pipeline.ts';
import { readJsonFile } from '../monitoring/json-files.ts';
import type { MonitoredForm } from '../monitoring/questionnaires.ts';
import type { Response } from '../monitoring/responses.ts';
import { readWorkspace } from '../school/workspace.ts';
import { summariesFromCounts } from './counts-table.ts';
import { districtLookup, schoolKey } from './names.ts';
import { addResponses, emptySummary, summaryFromWorkspace } from './summary.ts';

export { districtSchoolOf, unknownSchools } from './names.ts';
import type { DistrictSchool, FileMessage, SchoolSummary } from './types.ts';

/** A file as the page read it: JSON as text, a spreadsheet of counts as its schools (and what was wrong in it). */
export type LoadedFile =
  | { name: string; text: string }
  | { name: string; rows: string[][] }
  | { name: string; summaries: SchoolSummary[]; messages?: FileMessage[] };

export interface Collected {
  schools: SchoolSummary[];
  messages: FileMessage[];
}

/**
 * Adds the files to the schools already collected. `forms` are the monitored questionnaires (to read answer
 * files); `today` is YYYY-MM-DD (the school year of a profile read without one).
 */
export function collect(
  existing: SchoolSummary[],
  files: LoadedFile[],
  forms: Record<string, MonitoredForm>,
  district: DistrictSchool[],
  today: string,
  /** The year a count table's actuals are for; the school year of `today` by default. */
  year = String(Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0)),
  /** Told how many files are read, before each file and at the end (the worker's progress). */
  onFiles: (done: number) => void = () => undefined,
): Collected {
  const messages: FileMessage[] = [];
  const incoming: SchoolSummary[] = [];
  const answers: { responses: Response[]; notes: [] }[] = [];
  const answerFiles = new Map<string, string[]>();
  for (const [done, file] of files.entries()) {
    onFiles(done);
    if ('rows' in file) {
      const read = summariesFromCounts(file.name, file.rows, year);
      incoming.push(...read.summaries);
      messages.push(...read.messages);
      continue;
    }
    if ('summaries' in file) {
      incoming.push(...file.summaries);
      messages.push(...(file.messages ?? []));
      continue;
    }
    let format: unknown;
    try {
      const parsed: unknown = JSON.parse(file.text.replace(/^\uFEFF/, ''));
      format = Array.isArray(parsed) ? 'nastavnik-form' : (parsed as { format?: unknown } | null)?.format;
    } catch {
      messages.push({
        file: file.name,
        level: 'error',
        text: 'Файл не читается: он повреждён или это не файл с сайта. Попросите школу сохранить файл школы заново на странице «Моя школа».',
      });
      continue;
    }
    if (format === 'nastavnik-form') {
      const read = readJsonFile(file.name, file.text, forms);
      for (const note of read.notes) messages.push({ file: note.source, level: note.level, text: note.text });
      answers.push({ responses: read.responses, notes: [] });
      for (const r of read.responses) {
        const key = schoolKey(r.organisation);
        answerFiles.set(key, [...(answerFiles.get(key) ?? []), file.name]);
      }
      continue;
    }
    const read = readWorkspace(file.text);
    if (!read.ok) {
      messages.push({ file: file.name, level: 'error', text: read.error });
      continue;
    }
    const { summary, messages: own } = summaryFromWorkspace(file.name, read.file, today);
    messages.push(...own);
    if (summary) incoming.push(summary);
  }

  onFiles(files.length);

  // Answers of schools without the workspace: one school per organisation the questionnaires name.
  const combined = combine(answers);
  for (const note of combined.notes) messages.push({ file: note.source, level: note.level, text: note.text });
  const byOrganisation = new Map<string, Response[]>();
  for (const r of combined.responses) {
    const key = schoolKey(r.organisation);
    if (!key) {
      messages.push({
        file: r.source,
        level: 'error',
        text: 'В анкете не указана организация: её ответы не отнести ни к одной школе и не посчитаны.',
      });
      continue;
    }
    byOrganisation.set(key, [...(byOrganisation.get(key) ?? []), r]);
  }
  for (const [key, responses] of byOrganisation) {
    const names = answerFiles.get(key) ?? [];
    const label = names.length > 1 ? `${names.length} файлов с ответами (${names[0]} и др.)` : (names[0] ?? '');
    const summary = emptySummary(responses[0]!.organisation.trim(), label, 'answers');
    // biome-ignore lint/complexity/useMathMinMax: dates are YYYY-MM-DD text, compared as strings
    summary.savedAt = responses.reduce((latest, r) => (r.date > latest ? r.date : latest), '');
    addResponses(summary, responses);
    incoming.push(summary);
  }

  // One school, one summary: the later file wins; a tie keeps the one loaded first.
  const schools = [...existing];
  const schoolOf = districtLookup(district);
  // Identity of a school across files: the district's id when the list knows it, its name otherwise.
  const identity = (summary: SchoolSummary) => schoolOf(summary)?.id ?? summary.key;
  const at = new Map(schools.map((s, i) => [identity(s), i]));
  for (const summary of incoming) {
    const id = identity(summary);
    const index = at.get(id);
    if (index === undefined) {
      at.set(id, schools.length);
      schools.push(summary);
      continue;
    }
    const earlier = schools[index]!;
    const newer = summary.savedAt > earlier.savedAt;
    messages.push({
      file: summary.file,
      level: 'warning',
      text: newer
        ? `Повтор: «${summary.name}» уже была загружена из «${earlier.file}»; этот файл сохранён позже и посчитан вместо него.`
        : `Повтор: «${summary.name}» уже загружена из «${earlier.file}»; этот файл не посчитан, чтобы школа не считалась дважды.`,
    });
    if (newer) schools[index] = summary;
  }
  return { schools, messages };
}
