// What every tool says about its saved state, the same way everywhere: a save that could not be read (with its
// copy to download), a write the browser refused, and another tab's change with the two choices.
import {
  conflictMessage,
  downloadBackupLabel,
  keepMineLabel,
  takeTheirsLabel,
  takenMessage,
} from '../../lib/state/messages.ts';
import { saveFile } from '../../lib/save-file.ts';
import type { Persistent } from './usePersistentState.ts';

interface Props {
  persist: Pick<Persistent<unknown>, 'opened' | 'error' | 'conflict' | 'taken'>;
  /** The name the downloaded copy gets, without extension. */
  fileName: string;
}

export function StateNotices({ persist, fileName }: Props) {
  const { opened, error, conflict, taken } = persist;
  const backup = opened && (opened.kind === 'damaged' || opened.kind === 'restored') ? opened.backup : undefined;
  const openedMessage = opened && opened.kind !== 'empty' ? opened.message : undefined;
  return (
    <>
      {conflict && (
        <div class="state-notice state-notice--warning" role="alert">
          <p>{conflictMessage}</p>
          <div class="state-buttons">
            <button type="button" onClick={conflict.keepMine}>
              {keepMineLabel}
            </button>
            <button type="button" onClick={conflict.takeTheirs}>
              {takeTheirsLabel}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="state-notice state-notice--warning" role="alert">
          {error}
        </p>
      )}
      {openedMessage && (
        <div class="state-notice state-notice--warning" role="status">
          <p>{openedMessage}</p>
          {backup && (
            <button type="button" onClick={() => saveFile(backup.text, `${fileName}-kopiya.json`, 'application/json')}>
              {downloadBackupLabel}
            </button>
          )}
        </div>
      )}
      {taken && !conflict && (
        <p class="state-notice" role="status">
          {takenMessage}
        </p>
      )}
    </>
  );
}
