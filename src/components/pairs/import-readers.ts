// The ways people come into the pairs tool's lists, each read into rows with notes and a name for the source.
// Each throws an Error whose message is the Russian line to show; the spreadsheet reader loads on first use.
import { withBase } from '../../lib/base-path.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import {
  mentorsFromDistrict,
  menteesFromQuestionnaires,
  peopleFromRows,
  type ListName,
} from '../../lib/pairs/import.ts';
import type { MenteeRow, MentorRow } from '../../lib/pairs/types.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';

export const districtMentorsPath = '/municipalitet/nastavniki.json';

/** Rows read from one source, the notes about them, and how the message names the source. */
export interface Read {
  added: (MenteeRow | MentorRow)[];
  notes: string[];
  source: string;
}

const spreadsheetReader = () => loadModule(() => import('../../lib/import/index.ts'), 'для чтения таблицы');

/** The first file of the input, a CSV, TSV or XLSX table of either list. */
export async function readTable(
  input: HTMLInputElement,
  list: ListName,
  rows: (MenteeRow | MentorRow)[],
  labels: PairsLabels,
): Promise<Read> {
  const file = input.files![0]!;
  try {
    const { readSpreadsheet } = await spreadsheetReader();
    const expected = list === 'mentees' ? labels.expectedMentees : labels.expectedMentors;
    const sheet = await readSpreadsheet(file, { expected });
    const { rows: added, messages: notes } = peopleFromRows(list, sheet.rows, rows as never);
    const source = sheet.sheet ? `«${file.name}», ${fill(labels.sheet, { name: sheet.sheet })}` : `«${file.name}»`;
    return { added, notes, source };
  } catch (error) {
    throw new Error(`«${file.name}»: ${failureText(error, '{message}')}`);
  }
}

/** Filled deficits questionnaires (.json), any number at once: mentees only. */
export async function readQuestionnaires(
  input: HTMLInputElement,
  rows: MenteeRow[],
  labels: PairsLabels,
): Promise<Read> {
  const files = [...(input.files ?? [])];
  const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
  const { rows: added, messages: notes } = menteesFromQuestionnaires(texts, rows);
  return { added, notes, source: fill(labels.questionnaireFiles, { n: files.length }) };
}

/** Rows copied from a spreadsheet and pasted as text. */
export async function readPasted(
  text: string,
  list: ListName,
  rows: (MenteeRow | MentorRow)[],
  labels: PairsLabels,
): Promise<Read> {
  let table: string[][];
  try {
    const { readPaste } = await spreadsheetReader();
    table = await readPaste(text);
  } catch (error) {
    throw new Error(failureText(error, '{message}'));
  }
  const { rows: added, messages: notes } = peopleFromRows(list, table, rows as never);
  return { added, notes, source: labels.pasteSource };
}

/** The mentors the district publishes with the site (/municipalitet/nastavniki.json). */
export async function readDistrict(base: string, rows: MentorRow[], labels: PairsLabels): Promise<Read> {
  try {
    const response = await fetch(withBase(districtMentorsPath, base));
    if (!response.ok) throw new Error(labels.districtMissing);
    const { rows: added, messages: notes, district } = mentorsFromDistrict(await response.json(), rows);
    return { added, notes, source: district ?? labels.districtMentors };
  } catch (error) {
    // A network failure («Failed to fetch») or a page that is not JSON: either way the list is not there.
    throw new Error(failureText(error, labels.districtMissing));
  }
}
