// The schools' files: chosen many at once, read in the browser (JSON as text, count tables through the site's
// one spreadsheet reader), then each file's messages and the schools missing from the district's list.
import { fill } from '../../lib/island-labels.ts';
import { loadModule } from '../../lib/lazy-module.ts';
import type { ChosenFile } from '../../lib/district-picture/jobs.ts';
import { filesStatus, messagesByLevel } from '../../lib/district-picture/page-view.ts';
import type { FileMessage, SchoolSummary } from '../../lib/district-picture/types.ts';
import type { PictureLabels } from './labels.ts';

interface Props {
  labels: PictureLabels;
  ready: boolean;
  busy: boolean;
  /** «Прочитано 40 из 300» while the files are read. */
  progress: string;
  setBusy: (busy: boolean) => void;
  schools: SchoolSummary[];
  messages: FileMessage[];
  missing: string[];
  onFiles: (files: ChosenFile[]) => Promise<void>;
  onClear: () => void;
}

/**
 * A JSON file goes to the worker as it is (the worker reads it); a spreadsheet is read here, by the site's reader,
 * which loads with the first table chosen (schools mostly send their JSON files).
 */
async function readFile(file: File, expected: string): Promise<ChosenFile> {
  if (/\.json$/i.test(file.name)) return { name: file.name, blob: file };
  try {
    const { readSpreadsheet } = await loadModule(() => import('../../lib/import/index.ts'), 'для чтения таблицы');
    const sheet = await readSpreadsheet(file, { expected });
    return { name: file.name, rows: sheet.rows };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { name: file.name, summaries: [], messages: [{ file: file.name, level: 'error', text }] };
  }
}

export function Files({ labels, ready, busy, progress, setBusy, schools, messages, missing, onFiles, onClear }: Props) {
  const choose = async (input: HTMLInputElement) => {
    const list = [...(input.files ?? [])];
    if (list.length === 0) return;
    setBusy(true);
    const loaded = await Promise.all(list.map((f) => readFile(f, labels.expectedTable)));
    await onFiles(loaded);
    input.value = '';
  };
  return (
    <section class="dp-files" aria-labelledby="dp-files-heading">
      <h3 id="dp-files-heading">{labels.filesHeading}</h3>
      <label for="dp-files">{labels.chooseFiles}</label>
      <input
        id="dp-files"
        type="file"
        multiple
        accept=".json,.csv,.xlsx,application/json,text/csv"
        disabled={!ready || busy}
        onChange={(e) => void choose(e.currentTarget)}
      />
      <p class="dp-hint">{labels.filesHint}</p>
      <details>
        <summary>{labels.countsTableSummary}</summary>
        <p class="dp-hint">{labels.countsTableHint}</p>
      </details>
      <p role="status" aria-live="polite">
        {filesStatus({ busy, progress, schools: schools.length }, labels)}
      </p>
      <Messages labels={labels} messages={messages} missing={missing} />
      {schools.length > 0 && (
        <button type="button" onClick={onClear}>
          {labels.clear}
        </button>
      )}
    </section>
  );
}

/** The last files' errors (an alert), their warnings, and the schools the district's list lacks. */
function Messages({ labels, messages, missing }: Pick<Props, 'labels' | 'messages' | 'missing'>) {
  const { errors, warnings } = messagesByLevel(messages);
  return (
    <>
      {errors.length > 0 && (
        <div class="dp-messages" role="alert">
          <h4>{fill(labels.errorsHeading, { n: errors.length })}</h4>
          <MessageList messages={errors} />
        </div>
      )}
      {warnings.length > 0 && (
        <div class="dp-messages">
          <h4>{fill(labels.warningsHeading, { n: warnings.length })}</h4>
          <MessageList messages={warnings} />
        </div>
      )}
      {missing.length > 0 && (
        <div class="dp-messages" data-testid="dp-missing">
          <h4>{fill(labels.missingHeading, { n: missing.length })}</h4>
          <p>{missing.join(', ')}</p>
          <p class="dp-hint">{labels.missingHint}</p>
        </div>
      )}
    </>
  );
}

function MessageList({ messages }: { messages: FileMessage[] }) {
  return (
    <ul>
      {messages.map((m, i) => (
        <li key={i}>
          <strong>{m.file}</strong>: {m.text}
        </li>
      ))}
    </ul>
  );
}
