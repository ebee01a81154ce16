// Choosing the answer files: the chooser, the status line (how many are read, what was counted, what failed),
// the progress with its «cancel» while files are read, and «clear» once something is kept.
import { statusText } from '../../lib/monitoring/tool-text.ts';
import type { MonitoringLabels } from './labels.ts';
import type { MonitoringFiles } from './useMonitoringFiles.ts';

interface Props {
  labels: MonitoringLabels;
  ready: boolean;
  files: MonitoringFiles;
  failure: string;
  /** How many files the kept answers came from. */
  kept: number;
  /** Answers counted, or null while the engine has not answered. */
  responses: number | null;
  onClear: () => void;
}

export function FileChooser({ labels, ready, files, failure, kept, responses, onClear }: Props) {
  const { reading } = files;
  return (
    <div class="mon-files">
      <label for="mon-files">{labels.chooseFiles}</label>
      <input
        id="mon-files"
        type="file"
        multiple
        accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv"
        disabled={!ready || reading !== null}
        onChange={(e) =>
          void files.onFiles(e.currentTarget.files).then(() => ((e.target as HTMLInputElement).value = ''))
        }
      />
      <p class="mon-hint">{labels.filesHint}</p>
      <p role="status" aria-live="polite">
        {statusText({ reading, cancelled: files.cancelled, failure, files: kept, responses }, labels)}
      </p>
      {reading && (
        <>
          <progress max={reading.total} value={reading.done} aria-label={labels.readingProgress} />
          <button type="button" onClick={files.cancel}>
            {labels.cancelReading}
          </button>
        </>
      )}
      {kept > 0 && !reading && (
        <button type="button" onClick={onClear}>
          {labels.clear}
        </button>
      )}
    </div>
  );
}
