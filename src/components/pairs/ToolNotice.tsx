// The top of the tool: what it opened with, and the two buttons that replace everything (the example, a clean start).
import { useState } from 'preact/hooks';
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
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="pairs-notice" role="status">
      {!edited && <p>{ready ? labels[noticeKey[notice]] : labels.loading}</p>}
      {settingsFromLink && <p>{labels.noticeSettingsLink}</p>}
      <div class="pairs-buttons">
        <button type="button" onClick={onExample}>
          {labels.example}
        </button>
        {confirming ? (
          <span role="group" aria-label={labels.confirmClear} class="pairs-confirm">
            <span>{labels.confirmClear}</span>
            <button
              type="button"
              onClick={() => {
                onClear();
                setConfirming(false);
              }}
            >
              {labels.confirmYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {labels.confirmNo}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {labels.clear}
          </button>
        )}
      </div>
    </div>
  );
}
