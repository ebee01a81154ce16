// A labelled text input of the profile with its hint and its Russian error tied to it for screen readers.
import { limits } from '../../lib/limits.ts';
import { LimitNote } from '../shared/LimitNote.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  maxLength?: number;
  inputMode?: 'numeric' | 'text';
  type?: 'text' | 'date';
  autoComplete?: string;
  wide?: boolean;
}

export function TextField({
  id,
  label,
  value,
  onValue,
  error,
  hint,
  maxLength,
  inputMode,
  type = 'text',
  autoComplete = 'off',
  wide,
}: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`school-field${wide ? ' school-field--wide' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        // The browser cuts a paste at the limit (a 5 MB paste froze pages, issue #19); the note below says so.
        maxLength={maxLength ?? limits.shortText}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="school-hint">
          {hint}
        </p>
      )}
      <LimitNote value={value} max={maxLength ?? limits.shortText} />
      {error && (
        <p id={`${id}-error`} class="school-error">
          {error}
        </p>
      )}
    </div>
  );
}
