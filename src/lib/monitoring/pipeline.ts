// From what was read (JSON files, survey rows) to the counted responses: everything read is pooled,
// duplicates dropped with a note each, and the notes kept in file order for the page's list.
import { dropDuplicates } from './duplicates.ts';
import type { Note, Response } from './responses.ts';

export interface Batch {
  responses: Response[];
  notes: Note[];
}

export function combine(batches: Batch[]): Batch {
  const all = batches.flatMap((b) => b.responses);
  const { kept, notes } = dropDuplicates(all);
  return { responses: kept, notes: [...batches.flatMap((b) => b.notes), ...notes] };
}

export interface NoteGroup {
  level: Note['level'];
  text: string;
  /** Where it happened: one file, or a file and its rows («опрос.csv, строки 2, 5–9»). */
  sources: string[];
}

/** The same message on many rows of one survey becomes one line listing the rows. */
export function groupNotes(notes: Note[]): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const note of notes) {
    const file = note.source.replace(/, строка \d+$/, '');
    const key = `${note.level}|${file}|${note.text}`;
    const group = groups.get(key);
    if (group) group.sources.push(note.source);
    else groups.set(key, { level: note.level, text: note.text, sources: [note.source] });
  }
  return [...groups.values()];
}

/** «опрос.csv, строки 2–4, 7» from the sources of one group. */
export function sourceLabel(sources: string[]): string {
  if (sources.length === 1) return sources[0]!;
  const rows = sources.map((s) => Number(/, строка (\d+)$/.exec(s)?.[1])).filter((n) => Number.isFinite(n) && n > 0);
  if (rows.length !== sources.length) return sources.join('; ');
  const file = sources[0]!.replace(/, строка \d+$/, '');
  const spans: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    spans.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j;
  }
  return `${file}, строки ${spans.join(', ')}`;
}
