// An item's row in the builder's table, cell by column, and below it, while open, the item's editor.
import { Fragment } from 'preact';
import type { RoadmapColumn } from '../../lib/roadmap-columns.ts';
import { moveItem, removeItem, updateItem, type BuilderState, type Removed } from '../../lib/roadmap-builder/state.ts';
import type { ScheduledItem } from '../../lib/roadmap-builder/table.ts';
import { fill } from '../../lib/island-labels.ts';
import { ItemCell } from './ItemCell.tsx';
import { ItemEditor } from './ItemEditor.tsx';
import { focusLater } from './SectionHeading.tsx';
import type { BuilderLabels } from './labels.ts';

interface Props {
  scheduled: ScheduledItem;
  columns: RoadmapColumn[];
  state: BuilderState;
  editing: boolean;
  setEditing: (itemId: string | null) => void;
  update: (change: (state: BuilderState) => BuilderState) => void;
  onRemoved: (removed: Removed, what: string) => void;
  labels: BuilderLabels;
}

export function ItemRow({ scheduled, columns, state, editing, setEditing, update, onRemoved, labels }: Props) {
  const { item, number } = scheduled;
  const remove = () => {
    const { state: next, removed } = removeItem(state, item.id);
    if (!removed) return;
    setEditing(null);
    update(() => next);
    onRemoved(removed, fill(labels.removedItem, { n: number }));
  };
  const close = () => {
    setEditing(null);
    focusLater(`[aria-label="${fill(labels.editItem, { n: number }).replace(/"/g, '\\"')}"]`);
  };
  return (
    <Fragment>
      <tr class={editing ? 'rb-editing' : undefined}>
        {columns.map((column) => (
          <ItemCell
            key={column.key}
            column={column}
            scheduled={scheduled}
            people={state.people}
            editing={editing}
            onEdit={() => setEditing(editing ? null : item.id)}
            labels={labels}
          />
        ))}
      </tr>
      {editing && (
        <tr class="rb-editor-row">
          <td colSpan={columns.length}>
            <ItemEditor
              item={item}
              number={number}
              state={state}
              labels={labels}
              onChange={(patch) => update((s) => updateItem(s, item.id, patch))}
              onMove={(step) => {
                update((s) => moveItem(s, item.id, step));
                focusLater(`#rb-item-${item.id}-activity`);
              }}
              onRemove={remove}
              onClose={close}
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
