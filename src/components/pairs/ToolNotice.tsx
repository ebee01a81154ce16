// The top of the tool: what it opened with, and the two buttons that replace everything (the example, a clean start).
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import type { PairsLabels } from './labels.ts';
import type { Notice } from './store.ts';

const noticeKey: Record<Notice, 'noticeEmpty' | 'noticeRestored'> = {
  empty: 'noticeEmpty',
  restored: 'noticeRestored',
};

interface Props {
  ready: boolean;
  edited: boolean;
  notice: Notice;
  settingsFromLink: boolean;
  labels: PairsLabels;
  onExample: () => void;
  onClear: () => void;
}

export function ToolNotice({ ready, edited, notice, settingsFromLink, labels, onExample, onClear }: Props) {
  return (
    <div class="pairs-notice" role="status">
      {!edited && <p>{ready ? labels[noticeKey[notice]] : labels.loading}</p>}
      {settingsFromLink && <p>{labels.noticeSettingsLink}</p>}
      <div class="pairs-buttons">
        <button type="button" onClick={onExample}>
          {labels.example}
        </button>
        <ConfirmButton
          label={labels.clear}
          question={labels.confirmClear}
          yes={labels.confirmYes}
          no={labels.confirmNo}
          onConfirm={onClear}
          class="pairs-confirm"
        />
      </div>
    </div>
  );
}
