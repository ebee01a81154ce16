// Loading the lists from files: a spreadsheet for either list, filled deficits questionnaires for mentees,
// the district's published mentors. The readers load only when a file is chosen.
import { limits } from '../../lib/limits.ts';
import { LimitNote } from '../shared/LimitNote.tsx';
import { useState } from 'preact/hooks';
import { withBase } from '../../lib/base-path.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import {
  mentorsFromDistrict,
  menteesFromQuestionnaires,
  peopleFromRows,
  type ListName,
} from '../../lib/pairs/import.ts';
import { limitError } from '../../lib/pairs/storage.ts';
import type { MenteeRow, MentorRow } from '../../lib/pairs/types.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';

interface Props<L extends ListName> {
  list: L;
  rows: (L extends 'mentees' ? MenteeRow : MentorRow)[];
  onAdd: (rows: (L extends 'mentees' ? MenteeRow : MentorRow)[]) => void;
  labels: PairsLabels;
  base: string;
}

export const districtMentorsPath = '/municipalitet/nastavniki.json';

export function ImportBar<L extends ListName>({ list, rows, onAdd, labels, base }: Props<L>) {
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  type Row = L extends 'mentees' ? MenteeRow : MentorRow;

  /** False when nothing was taken (over the limit), so a paste stays in its box. */
  const finish = (added: Row[], notes: string[], source: string): boolean => {
    // The limit is checked here, where people come in, so a list is never cut when it is read back.
    const tooMany = limitError(list, rows.length, added.length);
    if (tooMany) {
      setMessages([tooMany]);
      return false;
    }
    if (added.length > 0) onAdd(added);
    setMessages([fill(labels.imported, { n: added.length, source }), ...notes]);
    return true;
  };

  const readTable = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessages([labels.reading]);
    try {
      const { readSpreadsheet } = await loadModule(() => import('../../lib/import/index.ts'), 'для чтения таблицы');
      const expected = list === 'mentees' ? labels.expectedMentees : labels.expectedMentors;
      const sheet = await readSpreadsheet(file, { expected });
      const { rows: added, messages: notes } = peopleFromRows(list, sheet.rows, rows as never);
      finish(
        added as Row[],
        notes,
        sheet.sheet ? `«${file.name}», ${fill(labels.sheet, { name: sheet.sheet })}` : `«${file.name}»`,
      );
    } catch (error) {
      setMessages([`«${file.name}»: ${failureText(error, '{message}')}`]);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const readQuestionnaires = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    const { rows: added, messages: notes } = menteesFromQuestionnaires(texts, rows as MenteeRow[]);
    finish(added as Row[], notes, fill(labels.questionnaireFiles, { n: files.length }));
    input.value = '';
  };

  const readPasted = async () => {
    let table: string[][];
    try {
      const { readPaste } = await loadModule(() => import('../../lib/import/index.ts'), 'для чтения таблицы');
      table = await readPaste(pasted);
    } catch (error) {
      setMessages([failureText(error, '{message}')]);
      return;
    }
    const { rows: added, messages: notes } = peopleFromRows(list, table, rows as never);
    if (finish(added as Row[], notes, labels.pasteSource) && added.length > 0) setPasted('');
  };

  const readDistrict = async () => {
    setBusy(true);
    setMessages([labels.reading]);
    try {
      const response = await fetch(withBase(districtMentorsPath, base));
      if (!response.ok) throw new Error(labels.districtMissing);
      const {
        rows: added,
        messages: notes,
        district,
      } = mentorsFromDistrict(await response.json(), rows as MentorRow[]);
      finish(added as Row[], notes, district ?? labels.districtMentors);
    } catch (error) {
      // A network failure («Failed to fetch») or a page that is not JSON: either way the list is not there.
      setMessages([failureText(error, labels.districtMissing)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="pairs-import">
      <div class="pairs-file">
        <label for={`pairs-${list}-file`}>{list === 'mentees' ? labels.menteesFile : labels.mentorsFile}</label>
        <input
          id={`pairs-${list}-file`}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          disabled={busy}
          onChange={(event) => readTable(event.currentTarget)}
        />
      </div>
      {list === 'mentees' ? (
        <div class="pairs-file">
          <label for="pairs-questionnaires">{labels.questionnairesFile}</label>
          <input
            id="pairs-questionnaires"
            type="file"
            accept=".json,application/json"
            multiple
            disabled={busy}
            onChange={(event) => readQuestionnaires(event.currentTarget)}
          />
        </div>
      ) : (
        <div class="pairs-buttons">
          <button type="button" disabled={busy} onClick={readDistrict}>
            {labels.districtButton}
          </button>
        </div>
      )}
      <details class="pairs-paste">
        <summary>{labels.pasteSummary}</summary>
        <label for={`pairs-${list}-paste`}>{labels.pasteLabel}</label>
        <p id={`pairs-${list}-paste-hint`} class="pairs-hint">
          {labels.pasteHint}
        </p>
        <textarea
          id={`pairs-${list}-paste`}
          rows={5}
          aria-describedby={`pairs-${list}-paste-hint`}
          maxLength={limits.pastedRows}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
        <LimitNote value={pasted} max={limits.pastedRows} />
        <div class="pairs-buttons">
          <button type="button" disabled={!pasted.trim()} onClick={() => void readPasted()}>
            {labels.pasteButton}
          </button>
        </div>
      </details>
      <div role="status" class="pairs-status">
        {messages.length > 0 && (
          <ul>
            {messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
