// The message under a text field that has reached its length limit (src/lib/limits.ts): the browser cuts the
// text at the field's maxLength, and this says so, so nothing is cut without a word.
import { limitMessage } from '../../lib/limits.ts';

export function LimitNote({ value, max, id }: { value: string; max: number; id?: string }) {
  const message = limitMessage(value, max);
  return message ? (
    <p class="limit-note" role="status" id={id}>
      {message}
    </p>
  ) : null;
}
