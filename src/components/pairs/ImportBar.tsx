// Loading the lists from files: a spreadsheet for either list, filled deficits questionnaires for mentees,
// the district's published mentors. The readers load only when a file is chosen.
import { limits } from '../../lib/limits.ts';
import { LimitNote } from '../shared/LimitNote.tsx';
import { useState } from 'preact/hooks';
import type { ListName } from '../../lib/pairs/people.ts';
import { limitError } from '../../lib/pairs/storage.ts';
import type { MenteeRow, MentorRow } from '../../lib/pairs/types.ts';
import { fill } from '../../lib/island-labels.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import type { PairsLabels } from './labels.ts';
import type { Read } from './import-readers.ts';

/** The readers (and the lists' file formats) load with the first import: most visits import nothing. */
const readers = () => loadModule(() => import('./import-readers.ts'), 'для чтения таблицы');

type RowOf<L extends ListName> = L extends 'mentees' ? MenteeRow : MentorRow;

interface Props<L extends ListName> {
  list: L;
  rows: RowOf<L>[];
  onAdd: (rows: RowOf<L>[]) => void;
  labels: PairsLabels;
  base: string;
}

/** What every way in shares: the messages, the busy state, and the limit checked where people come in. */
function useImport<L extends ListName>({ list, rows, onAdd, labels }: Props<L>) {
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  /** False when nothing was taken (over the limit or failed), so a paste stays in its box. */
  const finish = ({ added, notes, source }: Read): boolean => {
    // The limit is checked here, where people come in, so a list is never cut when it is read back.
    const tooMany = limitError(list, rows.length, added.length);
    if (tooMany) {
      setMessages([tooMany]);
      return false;
    }
    if (added.length > 0) onAdd(added as RowOf<L>[]);
    setMessages([fill(labels.imported, { n: added.length, source }), ...notes]);
    return true;
  };
  /**
   * Runs one reader: «reading…» while it works (when it takes a while), then its result or its Russian message.
   * True when rows were taken.
   */
  const run = async (read: () => Promise<Read>, slow: boolean): Promise<boolean> => {
    if (slow) {
      setBusy(true);
      setMessages([labels.reading]);
    }
    try {
      const result = await read();
      return finish(result) && result.added.length > 0;
    } catch (error) {
      setMessages([failureText(error, '{message}')]);
      return false;
    } finally {
      if (slow) setBusy(false);
    }
  };
  return { messages, busy, run };
}

export function ImportBar<L extends ListName>(props: Props<L>) {
  const { list, rows, labels, base } = props;
  const { messages, busy, run } = useImport(props);
  /** Reads the files chosen in an input (none when the dialog was cancelled), then empties it for the next. */
  const fromFiles = (input: HTMLInputElement, read: () => Promise<Read>, slow: boolean) => {
    if (!input.files?.length) return;
    void run(read, slow).finally(() => {
      input.value = '';
    });
  };
  const inputs = {
    table: (input: HTMLInputElement) =>
      fromFiles(input, async () => (await named(input, readers)).readTable(input, list, rows, labels), true),
    questionnaires: (input: HTMLInputElement) =>
      fromFiles(input, async () => (await readers()).readQuestionnaires(input, rows as MenteeRow[], labels), false),
    district: () => void run(async () => (await readers()).readDistrict(base, rows as MentorRow[], labels), true),
    paste: (text: string) => run(async () => (await readers()).readPasted(text, list, rows, labels), false),
  };
  return (
    <div class="pairs-import">
      <FileInput
        id={`pairs-${list}-file`}
        label={list === 'mentees' ? labels.menteesFile : labels.mentorsFile}
        accept=".csv,.tsv,.txt,.xlsx"
        busy={busy}
        onFile={inputs.table}
      />
      {list === 'mentees' ? (
        <FileInput
          id="pairs-questionnaires"
          label={labels.questionnairesFile}
          accept=".json,application/json"
          multiple
          busy={busy}
          onFile={inputs.questionnaires}
        />
      ) : (
        <div class="pairs-buttons">
          <button type="button" disabled={busy} onClick={inputs.district}>
            {labels.districtButton}
          </button>
        </div>
      )}
      <PasteBox list={list} labels={labels} onPaste={inputs.paste} />
      <ImportStatus messages={messages} />
    </div>
  );
}

/** A table's failure names its file, as the table reader's own messages do. */
async function named<T>(input: HTMLInputElement, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new Error(`«${input.files![0]!.name}»: ${failureText(error, '{message}')}`);
  }
}

interface FileInputProps {
  id: string;
  label: string;
  accept: string;
  multiple?: boolean;
  busy: boolean;
  onFile: (input: HTMLInputElement) => void;
}

function FileInput({ id, label, accept, multiple, busy, onFile }: FileInputProps) {
  return (
    <div class="pairs-file">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={busy}
        onChange={(event) => onFile(event.currentTarget)}
      />
    </div>
  );
}

interface PasteBoxProps {
  list: ListName;
  labels: PairsLabels;
  /** True when the rows were taken: the box is emptied then, and keeps its text otherwise. */
  onPaste: (text: string) => Promise<boolean>;
}

/** Rows copied from Excel or LibreOffice, pasted into a box that opens on demand. */
function PasteBox({ list, labels, onPaste }: PasteBoxProps) {
  const [pasted, setPasted] = useState('');
  const take = async () => {
    if (await onPaste(pasted)) setPasted('');
  };
  return (
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
        <button type="button" disabled={!pasted.trim()} onClick={() => void take()}>
          {labels.pasteButton}
        </button>
      </div>
    </details>
  );
}

function ImportStatus({ messages }: { messages: string[] }) {
  return (
    <div role="status" class="pairs-status">
      {messages.length > 0 && (
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
