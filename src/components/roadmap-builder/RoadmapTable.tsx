// The roadmap in its own columns (the template's, or the standard ones), with the real deadlines, and the
// controls to edit it in place: each section can be renamed, moved, removed or given a new item; each item
// opens its editor.
import { useState } from 'preact/hooks';
import type { BuilderState, Removed } from '../../lib/roadmap-builder/state.ts';
import { addItem } from '../../lib/roadmap-builder/state.ts';
import { builderColumns, type ScheduledSection } from '../../lib/roadmap-builder/table.ts';
import type { RoadmapColumn } from '../../lib/roadmap-columns.ts';
import { addItemError } from '../../lib/roadmap-builder/limits.ts';
import { ItemRow } from './ItemRow.tsx';
import { focusLater, SectionHeading } from './SectionHeading.tsx';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  scheduled: ScheduledSection[];
  /** Only the items that concern this role or person, or all when null. */
  visible: (itemId: string) => boolean;
  update: (change: (state: BuilderState) => BuilderState) => void;
  onRemoved: (removed: Removed, what: string) => void;
  labels: BuilderLabels;
}

/** The width class of a standard column (roadmap-builder.css); a template's own column shares what is left. */
const columnClass: Record<string, string> = {
  number: 'rb-col-number',
  deadline: 'rb-col-deadline',
  responsible: 'rb-col-people',
  municipal: 'rb-col-people',
  school: 'rb-col-people',
  format: 'rb-col-format',
  result: 'rb-col-result',
};

interface SectionProps extends Omit<Props, 'scheduled'> {
  section: ScheduledSection;
  index: number;
  count: number;
  columns: RoadmapColumn[];
  editing: string | null;
  setEditing: (itemId: string | null) => void;
  onAddItem: () => void;
}

/** One section: its heading row, its items (those shown by the filter), or why it shows none. */
function SectionBody(props: SectionProps) {
  const { section, columns, state, visible, update, onRemoved, labels } = props;
  const items = section.items.filter((s) => visible(s.item.id));
  return (
    <tbody>
      <SectionHeading
        section={section}
        index={props.index}
        count={props.count}
        columns={columns.length}
        onAddItem={props.onAddItem}
        {...{ state, update, onRemoved, labels }}
      />
      {items.map((s) => (
        <ItemRow
          key={s.item.id}
          scheduled={s}
          columns={columns}
          editing={props.editing === s.item.id}
          setEditing={props.setEditing}
          {...{ state, update, onRemoved, labels }}
        />
      ))}
      {items.length === 0 && (
        <tr>
          <td colSpan={columns.length}>
            <em>{section.items.length === 0 ? labels.emptySection : labels.noneOfMine}</em>
          </td>
        </tr>
      )}
    </tbody>
  );
}

export function RoadmapTable({ state, scheduled, visible, update, onRemoved, labels }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [limitMessage, setLimitMessage] = useState('');
  // The result column stays while empty: the curator types results in here.
  const columns = builderColumns(state, { result: 'always' });
  const add = (sectionId: string) => {
    const full = addItemError(state, sectionId);
    setLimitMessage(full ?? '');
    if (full) return;
    const next = addItem(state, sectionId);
    update(() => next.state);
    setEditing(next.itemId);
    focusLater(`#rb-item-${next.itemId}-activity`);
  };

  return (
    <div class="rb-table-wrap" tabIndex={0} role="region" aria-label={labels.tableRegion}>
      <table class="rb-table">
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} class={columnClass[column.key]} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        {scheduled.map((section, index) => (
          <SectionBody
            key={section.id}
            section={section}
            index={index}
            count={scheduled.length}
            columns={columns}
            editing={editing}
            setEditing={setEditing}
            onAddItem={() => add(section.id)}
            {...{ state, visible, update, onRemoved, labels }}
          />
        ))}
      </table>
      {limitMessage && (
        <p class="rb-error" role="alert">
          {limitMessage}
        </p>
      )}
    </div>
  );
}
