// Pages of the picture's long lists: 300 schools drawn at once (a table row, a group row, a registry entry each)
// held the page for a quarter of a second in layout alone, so each list shows `pageSize` items at a time.
import { useState } from 'preact/hooks';
import { fill } from '../../lib/island-labels.ts';
import type { PictureLabels } from './labels.ts';

export const pageSize = 50;

/** The items of page `page` (0-based) and the page clamped to the list, which may have shrunk since. */
export function pageOf<T>(items: T[], page: number): { shown: T[]; page: number } {
  const last = Math.max(0, Math.ceil(items.length / pageSize) - 1);
  const at = Math.min(Math.max(page, 0), last);
  return { shown: items.slice(at * pageSize, (at + 1) * pageSize), page: at };
}

/** A list's page of its own, and the pager's props. */
export function usePaged<T>(items: T[]) {
  const [page, setPage] = useState(0);
  const paged = pageOf(items, page);
  return { shown: paged.shown, pager: { page: paged.page, count: items.length, onPage: setPage } };
}

interface Props {
  page: number;
  count: number;
  /** What the buttons page through, for screen readers. */
  name: string;
  labels: PictureLabels;
  onPage: (page: number) => void;
}

const n = (value: number) => value.toLocaleString('ru-RU');

export function Pager({ page, count, name, labels, onPage }: Props) {
  if (count <= pageSize) return null;
  const to = Math.min(count, (page + 1) * pageSize);
  return (
    <nav class="dp-pager" aria-label={name}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {fill(labels.pagePrev, { n: pageSize })}
      </button>
      <span aria-live="polite">
        {fill(labels.pageStatus, { from: n(page * pageSize + 1), to: n(to), n: n(count) })}
      </span>
      <button type="button" disabled={to >= count} onClick={() => onPage(page + 1)}>
        {fill(labels.pageNext, { n: pageSize })}
      </button>
    </nav>
  );
}
