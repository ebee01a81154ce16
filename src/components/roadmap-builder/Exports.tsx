// Downloads, print, the share link and the roadmap's own file. Downloads are refused, with links to the
// fields, while the organisation or the period is missing or wrong; opening a file that is not a roadmap
// says what it is and leaves the current roadmap as it was.
import { useState } from 'preact/hooks';
import { shareableRoadmap } from '../../lib/roadmap-builder/link.ts';
import { encodeShare, readRoadmapFile, shareKey } from '../../lib/roadmap-builder/persist.ts';
import { failureText } from '../../lib/lazy-module.ts';
import { settingsErrors, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import type { ScheduledSection } from '../../lib/roadmap-builder/table.ts';
import { exportFile, type ExportKind } from './exporters.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  scheduled: ScheduledSection[];
  onOpen: (state: BuilderState) => void;
  /** Called on every export attempt, so the settings show what is missing. */
  onTry: () => void;
  labels: BuilderLabels;
}

const fieldOf = {
  organisation: 'rb-organisation',
  start: 'rb-start',
  end: 'rb-end',
  approvalDate: 'rb-approval-date',
} as const;
type Problem = [keyof typeof fieldOf, string];

export function Exports({ state, scheduled, onOpen, onTry, labels }: Props) {
  const [tried, setTried] = useState(false);
  const [linkNames, setLinkNames] = useState(false);
  const problems = Object.entries(settingsErrors(state)) as Problem[];
  const actions = useExportActions({ state, scheduled, onOpen, labels, linkNames, blocked: problems.length > 0 });
  const run = (kind: ExportKind) => {
    setTried(true);
    onTry();
    return actions.run(kind);
  };

  return (
    <section class="rb-exports" aria-labelledby="rb-exports-heading">
      <h3 id="rb-exports-heading">{labels.exports}</h3>
      {tried && problems.length > 0 && <ExportProblems problems={problems} labels={labels} />}
      <div class="rb-buttons">
        {(['docx', 'ics', 'xlsx', 'csv'] as const).map((kind) => (
          <button type="button" key={kind} disabled={actions.busy} onClick={() => run(kind)}>
            {labels[kind]}
          </button>
        ))}
        <button type="button" onClick={() => window.print()}>
          {labels.print}
        </button>
      </div>
      <h3>{labels.keepHeading}</h3>
      <div class="rb-buttons">
        <button type="button" onClick={actions.copyLink} aria-describedby="rb-link-names-hint">
          {labels.copyLink}
        </button>
        <label class="rb-check">
          <input type="checkbox" checked={linkNames} onChange={(event) => setLinkNames(event.currentTarget.checked)} />{' '}
          {labels.linkNames}
        </label>
        <button type="button" disabled={actions.busy} onClick={() => run('json')}>
          {labels.json}
        </button>
        <label class="rb-file">
          {labels.openFile}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => actions.openFile(event.currentTarget)}
          />
        </label>
      </div>
      <p class="rb-hint" id="rb-link-names-hint">
        {labels.linkNamesHint}
      </p>
      <p class="rb-hint">{labels.keepHint}</p>
      <p role="status" class="rb-status-line">
        {actions.message}
      </p>
    </section>
  );
}

/** What must be fixed before a download, each a link to its field. */
function ExportProblems({ problems, labels }: { problems: Problem[]; labels: BuilderLabels }) {
  return (
    <div class="rb-summary" role="alert">
      <p>{labels.fixBeforeExport}</p>
      <ul>
        {problems.map(([field, text]) => (
          <li key={field}>
            <a href={`#${fieldOf[field]}`}>{text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The export buttons' work and the line that reports it: a download (refused while `blocked`, except the
 * roadmap's own file), the share link copied, a roadmap file opened.
 */
function useExportActions(options: {
  state: BuilderState;
  scheduled: ScheduledSection[];
  onOpen: (state: BuilderState) => void;
  labels: BuilderLabels;
  linkNames: boolean;
  blocked: boolean;
}) {
  const { state, scheduled, onOpen, labels, linkNames, blocked } = options;
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (kind: ExportKind) => {
    if (blocked && kind !== 'json') return setMessage('');
    setBusy(true);
    setMessage(labels.preparing);
    try {
      await exportFile(kind, state, scheduled);
      setMessage(kind === 'json' ? labels.fileSaved : '');
    } catch (error) {
      setMessage(failureText(error, labels.exportFailed));
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    let link: string;
    try {
      link = `${location.origin}${location.pathname}#${shareKey}${await encodeShare(shareableRoadmap(state, linkNames))}`;
    } catch (error) {
      return setMessage(failureText(error, labels.exportFailed));
    }
    try {
      await navigator.clipboard.writeText(link);
      setMessage(labels.linkCopied);
    } catch {
      setMessage(fill(labels.linkManual, { link }));
    }
  };

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 5_000_000) return setMessage(labels.fileTooBig);
    const read = readRoadmapFile(await file.text());
    if ('error' in read) return setMessage(read.error);
    onOpen(read.state);
    setMessage(fill(labels.fileOpened, { name: file.name }));
  };

  return { message, busy, run, copyLink, openFile };
}
