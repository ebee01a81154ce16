// One labelled field of the builder's settings, with its hint and its error under it, and the ids that tie
// them to the input (aria-describedby).
import type { ComponentChildren } from 'preact';

export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="rb-field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <span class="rb-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span class="rb-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

/** The ids of the hint and the error an input is described by, or nothing. */
export const describedBy = (id: string, error?: string, hint?: boolean) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
