// A button whose action replaces what the user typed («Начать заново», «Очистить»): the first click asks, in
// place, and only «Да» does it. The pairs tool and the form filler both use it.
import { useState } from 'preact/hooks';

interface Props {
  /** The button as it stands. */
  label: string;
  /** The question asked in its place, which also names the group of «Да» / «Нет» for screen readers. */
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  /** The tool's class for the question's group. */
  class: string;
}

export function ConfirmButton({ label, question, yes, no, onConfirm, class: className }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span role="group" aria-label={question} class={className}>
      <span>{question}</span>
      <button
        type="button"
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {yes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {no}
      </button>
    </span>
  );
}
