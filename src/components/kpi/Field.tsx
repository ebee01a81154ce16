// A labelled text input with its error beside it: aria-invalid and aria-describedby tie the Russian
// message to the field for screen readers. Text, not type=number, so "2,5" or "-3" stays visible to be
// explained instead of silently vanishing.
import { limits } from '../../lib/limits.ts';
import type { ComponentChildren } from 'preact';
import type { KpiError } from '../../lib/kpi/types.ts';
import { errorText, type KpiLabels } from './labels.ts';

interface Props {
  id: string;
  label: ComponentChildren;
  value: string;
  onValue: (value: string) => void;
  error?: KpiError | undefined;
  labels: KpiLabels;
  hideLabel?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  hint?: string;
  size?: number;
}

export function Field({
  id,
  label,
  value,
  onValue,
  error,
  labels,
  hideLabel = false,
  inputMode = 'numeric',
  hint,
  size = 6,
}: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`kpi-field${error ? ' kpi-field--invalid' : ''}`}>
      <label for={id} class={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        maxLength={limits.shortText}
        inputMode={inputMode}
        autoComplete="off"
        size={size}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="kpi-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="kpi-error">
          {errorText(labels, error)}
        </p>
      )}
    </div>
  );
}
