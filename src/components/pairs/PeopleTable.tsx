// One of the two lists as an editable table: a row a person, a text field a cell, the list's messages
// below with links to their rows. Long lists show their first rows until asked for all.
import { LimitNote } from '../shared/LimitNote.tsx';
import { useState } from 'preact/hooks';
import type { InputIssue } from '../../lib/pairs/types.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';

export interface Column<Row> {
  field: keyof Row & string;
  label: string;
  /** Width in characters of the field. */
  size: number;
  list?: string;
  /** Longest text the cell takes (src/lib/limits.ts). */
  max: number;
}

interface Props<Row> {
  id: 'mentees' | 'mentors';
  caption: string;
  rows: Row[];
  columns: Column<Row>[];
  issues: InputIssue[];
  labels: PairsLabels;
  onChange: (rows: Row[]) => void;
  onAdd: () => void;
}

const shownAtFirst = 50;
export const cellId = (list: string, row: number, field: string) => `pairs-${list}-${row}-${field}`;

export function PeopleTable<Row extends object>({
  id,
  caption,
  rows,
  columns,
  issues,
  labels,
  onChange,
  onAdd,
}: Props<Row>) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, shownAtFirst);
  const bad = new Set(issues.filter((i) => i.level === 'error' && i.row !== undefined).map((i) => i.row));
  const edit = (index: number, field: keyof Row, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

  return (
    <div class="pairs-list">
      {rows.length === 0 ? (
        <p class="pairs-empty">{labels.emptyList}</p>
      ) : (
        <div class="pairs-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table class="pairs-table pairs-edit">
            <caption class="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">№</th>
                {columns.map((column) => (
                  <th scope="col" key={column.field}>
                    {column.label}
                  </th>
                ))}
                <th scope="col">
                  <span class="sr-only">{labels.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row, index) => (
                <tr key={index} class={bad.has(index) ? 'pairs-row--error' : undefined}>
                  <td>{index + 1}</td>
                  {columns.map((column) => (
                    <td key={column.field}>
                      <input
                        type="text"
                        id={cellId(id, index, column.field)}
                        value={String(row[column.field] ?? '')}
                        size={column.size}
                        maxLength={column.max}
                        list={column.list}
                        autoComplete="off"
                        aria-label={`${column.label}, ${fill(labels.rowN, { n: index + 1 })}`}
                        aria-invalid={bad.has(index) && column.field === 'code' ? 'true' : undefined}
                        onInput={(event) => edit(index, column.field, event.currentTarget.value)}
                      />
                      <LimitNote value={String(row[column.field] ?? '')} max={column.max} />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      class="pairs-small"
                      onClick={() => remove(index)}
                      aria-label={fill(labels.removeRowN, { n: index + 1 })}
                    >
                      {labels.removeRow}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="pairs-buttons">
        <button type="button" onClick={onAdd}>
          {labels.addRow}
        </button>
        {rows.length > shownAtFirst && (
          <button type="button" onClick={() => setAll(!all)}>
            {all ? fill(labels.showFirst, { n: shownAtFirst }) : fill(labels.showAll, { n: rows.length })}
          </button>
        )}
      </div>
      {issues.length > 0 && (
        <ul class="pairs-issues">
          {issues.map((issue, i) => (
            <li key={i} class={issue.level === 'error' ? 'pairs-issue--error' : 'pairs-issue--warning'}>
              <span class="pairs-issue-level">{issue.level === 'error' ? labels.error : labels.warning}</span>{' '}
              {issue.row !== undefined && (all || issue.row < shownAtFirst) ? (
                <a href={`#${cellId(id, issue.row, 'code')}`}>{issue.message}</a>
              ) : (
                issue.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
