// «Файл школы»: everything the site keeps for the school in this browser saved to one file, and such a file
// opened in its place (after the user has seen what it holds). The tools read their records afresh on reload.
import { useEffect, useState } from 'preact/hooks';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { fill } from '../../lib/island-labels.ts';
import { ruDate } from '../../lib/ru-words.ts';
import { saveFile } from '../../lib/save-file.ts';
import {
  collectWorkspace,
  openWorkspace,
  readWorkspace,
  workspaceJson,
  workspaceParts,
  type WorkspaceFile,
} from '../../lib/school/workspace.ts';
import { browserStorage } from '../shared/usePersistentState.ts';
import type { SchoolLabels } from './labels.ts';

/** Carries «file opened» over the reload that makes every tool read the new data; not a site key, not saved. */
const openedNoteKey = 'nastavnik-opened-workspace';

interface Props {
  labels: SchoolLabels;
  ready: boolean;
}

/** «File opened», carried over the reload, said once. */
function useOpenedNote(setStatus: (status: string) => void) {
  useEffect(() => {
    try {
      const note = sessionStorage.getItem(openedNoteKey);
      if (note) {
        sessionStorage.removeItem(openedNoteKey);
        setStatus(note);
      }
    } catch {
      // No session storage: the page simply says nothing about the file just opened.
    }
  }, []);
}

/** A chosen file read and checked: one that holds the school's records waits for the user's word. */
function useChosenFile(labels: SchoolLabels, setStatus: (status: string) => void) {
  const [pending, setPending] = useState<WorkspaceFile | null>(null);
  const [error, setError] = useState('');
  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setStatus('');
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      setError(labels['workspace.readFailed']);
      return;
    }
    const read = readWorkspace(text);
    if (!read.ok) {
      setError(read.error);
      setPending(null);
    } else if (Object.keys(read.file.records).length === 0) {
      setError(labels['workspace.nothingInFile']);
      setPending(null);
    } else {
      setError('');
      setPending(read.file);
    }
  };
  return { pending, setPending, error, setError, choose };
}

/** The file's name is made by slugify, whose tables take a long moment to build: it loads on the click. */
async function saveWorkspace(labels: SchoolLabels, setStatus: (status: string) => void) {
  const store = browserStorage();
  const file = store ? collectWorkspace(store, new Date().toISOString()) : null;
  if (!file || Object.keys(file.records).length === 0) {
    setStatus(labels['workspace.empty']);
    return;
  }
  const { downloadName } = await loadModule(() => import('../../lib/download-name.ts'));
  const name = downloadName(['nastavnichestvo', file.organisation || 'shkola', file.savedAt.slice(0, 10)], 'json');
  saveFile(workspaceJson(file), name, 'application/json');
  setStatus('');
}

/** The file's records replace this browser's, and the page reloads so every tool reads them afresh. */
function replaceWorkspace(pending: WorkspaceFile, labels: SchoolLabels, setError: (error: string) => void) {
  const store = browserStorage();
  if (!store) return;
  const opened = openWorkspace(store, pending);
  if (!opened.ok) {
    setError(opened.error);
    return;
  }
  try {
    sessionStorage.setItem(
      openedNoteKey,
      fill(labels['workspace.opened'], { parts: workspaceParts(pending.records).join(', ') }),
    );
  } catch {
    // Without the note the page still opens the file's data.
  }
  location.reload();
}

interface ConfirmProps {
  pending: WorkspaceFile;
  labels: SchoolLabels;
  onReplace: () => void;
  onCancel: () => void;
}

function ConfirmOpen({ pending, labels, onReplace, onCancel }: ConfirmProps) {
  const parts = workspaceParts(pending.records).join(', ');
  const date = pending.savedAt ? ruDate(pending.savedAt.slice(0, 10)) : '—';
  return (
    <div class="school-confirm" role="group" aria-label={labels['workspace.open']}>
      <p>
        {pending.organisation
          ? fill(labels['workspace.confirm'], { organisation: pending.organisation, date, parts })
          : fill(labels['workspace.confirmNoName'], { date, parts })}
      </p>
      <p>{labels['workspace.replaceWarning']}</p>
      <button type="button" onClick={onReplace}>
        {labels['workspace.replace']}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {labels['workspace.cancel']}
      </button>
    </div>
  );
}

export function Workspace({ labels, ready }: Props) {
  const [status, setStatus] = useState('');
  useOpenedNote(setStatus);
  const { pending, setPending, error, setError, choose } = useChosenFile(labels, setStatus);
  const save = () => {
    setError('');
    saveWorkspace(labels, setStatus).catch((failure: unknown) =>
      setError(failureText(failure, 'Файл не сохранён: {message}.')),
    );
  };
  return (
    <section class="school-workspace" aria-labelledby="school-workspace-heading">
      <h2 id="school-workspace-heading">{labels['workspace.heading']}</h2>
      <p>{labels['workspace.intro']}</p>
      <fieldset class="school-workspace-actions" disabled={!ready}>
        <legend class="sr-only">{labels['workspace.heading']}</legend>
        <button type="button" onClick={save}>
          {labels['workspace.save']}
        </button>
        <label class="school-file">
          {labels['workspace.open']}
          <input type="file" accept=".json,application/json" onChange={(e) => choose(e.currentTarget)} />
        </label>
      </fieldset>
      {status && <p role="status">{status}</p>}
      {error && (
        <p role="alert" class="school-error">
          {error}
        </p>
      )}
      {pending && (
        <ConfirmOpen
          {...{ pending, labels }}
          onReplace={() => replaceWorkspace(pending, labels, setError)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
