// Pages of a long list: a district's thousands of pairs, or 300 schools drawn at once (a table row, a group row,
// a registry entry each), held the page for a quarter to half a second, so a list shows `pageSize` items and
// two buttons to move through it. Used by the pairs tool and the district's picture.
import { useState } from 'preact/hooks';
import { fill } from '../../lib/island-labels.ts';

export const pageSize = 50;

/** The items of page `page` (0-based), and the page clamped to the list, which may have shrunk since. */
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

// One formatter, made when first needed: toLocaleString builds a new one on every call, some 6 ms of the page's
// time between «Подобрать пары» and the pairs drawn (the progress and the pagers show a few numbers each).
let format: Intl.NumberFormat | undefined;
/** A count as Russian writes it: 10 000. */
export function n(value: number) {
  format ??= new Intl.NumberFormat('ru-RU');
  return format.format(value);
}

export interface PagerLabels {
  /** «Предыдущие {n}», «Следующие {n}», «{from}–{to} из {n}». */
  pagePrev: string;
  pageNext: string;
  pageStatus: string;
}

interface Props {
  page: number;
  count: number;
  /** What the buttons page through, for screen readers. */
  name: string;
  labels: PagerLabels;
  onPage: (page: number) => void;
  /** The tool's own classes for the pager and its buttons. */
  class: string;
  buttonClass?: string;
}

export function Pager({ page, count, name, labels, onPage, class: className, buttonClass }: Props) {
  if (count <= pageSize) return null;
  const to = Math.min(count, (page + 1) * pageSize);
  return (
    <nav class={className} aria-label={name}>
      <button type="button" class={buttonClass} disabled={page === 0} onClick={() => onPage(page - 1)}>
        {fill(labels.pagePrev, { n: pageSize })}
      </button>
      <span aria-live="polite">
        {fill(labels.pageStatus, { from: n(page * pageSize + 1), to: n(to), n: n(count) })}
      </span>
      <button type="button" class={buttonClass} disabled={to >= count} onClick={() => onPage(page + 1)}>
        {fill(labels.pageNext, { n: pageSize })}
      </button>
    </nav>
  );
}
