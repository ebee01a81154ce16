// Pages of a long list (a district's result has thousands of pairs): rendering 500 cards at once took most of
// half a second, so a list shows `pageSize` items and two buttons to move through it.
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';

export const pageSize = 50;

/** The items of page `page` (0-based), and the page clamped to the list. */
export function pageOf<T>(items: T[], page: number): { shown: T[]; page: number } {
  const last = Math.max(0, Math.ceil(items.length / pageSize) - 1);
  const at = Math.min(Math.max(page, 0), last);
  return { shown: items.slice(at * pageSize, (at + 1) * pageSize), page: at };
}

interface Props {
  page: number;
  count: number;
  /** What the buttons page through, for screen readers. */
  name: string;
  labels: PairsLabels;
  onPage: (page: number) => void;
}

// One formatter, made when first needed: toLocaleString builds a new one on every call, some 6 ms of the page's
// time between «Подобрать пары» and the pairs drawn (the progress and the pagers show a few numbers each).
let format: Intl.NumberFormat | undefined;
/** A count as Russian writes it: 10 000. */
export function n(value: number) {
  format ??= new Intl.NumberFormat('ru-RU');
  return format.format(value);
}

export function Pager({ page, count, name, labels, onPage }: Props) {
  if (count <= pageSize) return null;
  const from = page * pageSize + 1;
  const to = Math.min(count, (page + 1) * pageSize);
  return (
    <nav class="pairs-pager" aria-label={name}>
      <button type="button" class="pairs-small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {fill(labels.pagePrev, { n: pageSize })}
      </button>
      <span aria-live="polite">{fill(labels.pageStatus, { from: n(from), to: n(to), n: n(count) })}</span>
      <button type="button" class="pairs-small" disabled={to >= count} onClick={() => onPage(page + 1)}>
        {fill(labels.pageNext, { n: pageSize })}
      </button>
    </nav>
  );
}
