// How the roadmap is approved: «УТВЕРЖДЕНА приказом … от … №» or «УТВЕРЖДАЮ» under the head's signature, and
// for the latter who signs. The template sets the first choice; the curator may change it.
import type { BuilderState } from '../../lib/roadmap-builder/state.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  update: (change: (state: BuilderState) => BuilderState) => void;
  labels: BuilderLabels;
}

export function ApprovalChoice({ state, update, labels }: Props) {
  const form = state.approvalForm ?? 'order';
  const choices: ['order' | 'signature', string][] = [
    ['order', labels.approvalByOrder],
    ['signature', labels.approvalBySignature],
  ];
  return (
    <>
      <fieldset class="rb-wide rb-approval-form">
        <legend>{labels.approvalForm}</legend>
        <div class="rb-choices">
          {choices.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="rb-approval-form"
                checked={form === value}
                onChange={() => update((s) => ({ ...s, approvalForm: value }))}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {form === 'signature' && (
        <div class="rb-field">
          <label for="rb-approver-position">{labels.approverPosition}</label>
          <input
            id="rb-approver-position"
            type="text"
            maxLength={200}
            value={state.approverPosition ?? 'Директор'}
            onInput={(event) => {
              const approverPosition = event.currentTarget.value;
              update((s) => ({ ...s, approverPosition }));
            }}
          />
        </div>
      )}
    </>
  );
}
