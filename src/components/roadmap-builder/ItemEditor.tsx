// Editing one item of the roadmap: its activity, its deadline (DeadlineFields), who answers for it, the text of
// its other columns (format, result and the template's own, under the template's headings); moving and removing it.
import { useState } from 'preact/hooks';
import { rolesError } from '../../lib/roadmap-builder/limits.ts';
import type { BuilderItem, BuilderState } from '../../lib/roadmap-builder/state.ts';
import { builderColumns } from '../../lib/roadmap-builder/table.ts';
import { isStandardColumn, type RoadmapColumn } from '../../lib/roadmap-columns.ts';
import { fill } from '../../lib/island-labels.ts';
import { DeadlineFields } from './DeadlineFields.tsx';
import type { BuilderLabels } from './labels.ts';

type Patch = Partial<Omit<BuilderItem, 'id'>>;

interface Props {
  item: BuilderItem;
  number: string;
  state: BuilderState;
  labels: BuilderLabels;
  onChange: (patch: Patch) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  onClose: () => void;
}

const roles = (text: string) =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);

type PeopleProps = Pick<Props, 'item' | 'state' | 'labels' | 'onChange'> & { id: string; columns: RoadmapColumn[] };

/** Who answers for the item: one column of roles, or the municipal and the school one. */
function PeopleFields({ id, item, state, columns, labels, onChange }: PeopleProps) {
  // Executors are checked against the roadmap's limits here, where they are typed, so a save always reads back.
  const [message, setMessage] = useState('');
  const heading = (key: string, fallback: string) => columns.find((c) => c.key === key)?.heading ?? fallback;
  const setRoles = (input: HTMLInputElement, field: 'responsible' | 'responsibleSchool') => {
    const patch = { [field]: roles(input.value) };
    const refused = rolesError(state, item.id, patch);
    setMessage(refused ?? '');
    if (refused) input.value = (item[field] ?? []).join(', ');
    else onChange(patch);
  };
  const first = state.twoLevel
    ? heading('municipal', labels.responsibleMunicipal)
    : heading('responsible', labels.responsible);
  return (
    <>
      <div class="rb-field">
        <label for={`${id}-responsible`}>{first}</label>
        <input
          id={`${id}-responsible`}
          type="text"
          maxLength={1000}
          value={item.responsible.join(', ')}
          aria-describedby={`${id}-responsible-hint`}
          onChange={(event) => setRoles(event.currentTarget, 'responsible')}
        />
        <span class="rb-hint" id={`${id}-responsible-hint`}>
          {labels.responsibleHint}
        </span>
      </div>
      {state.twoLevel && (
        <div class="rb-field">
          <label for={`${id}-responsible-school`}>{heading('school', labels.responsibleSchool)}</label>
          <input
            id={`${id}-responsible-school`}
            type="text"
            maxLength={1000}
            value={(item.responsibleSchool ?? []).join(', ')}
            onChange={(event) => setRoles(event.currentTarget, 'responsibleSchool')}
          />
        </div>
      )}
      {message && (
        <p class="rb-error rb-wide" role="alert">
          {message}
        </p>
      )}
    </>
  );
}

/** A text field for each column that is plain text: format, result and the template's own columns. */
function TextFields({ id, item, columns, onChange }: Omit<PeopleProps, 'state' | 'labels'>) {
  const textColumns = columns.filter((c) => c.key === 'format' || c.key === 'result' || !isStandardColumn(c.key));
  const textOf = (key: string) => (key === 'format' || key === 'result' ? item[key] : (item.cells?.[key] ?? ''));
  const patchOf = (key: string, value: string): Patch =>
    key === 'format' || key === 'result' ? { [key]: value } : { cells: { ...item.cells, [key]: value } };
  return (
    <>
      {textColumns.map((column) => (
        <div class={column.key === 'format' ? 'rb-field' : 'rb-field rb-wide'} key={column.key}>
          <label for={`${id}-${column.key}`}>{column.heading}</label>
          <input
            id={`${id}-${column.key}`}
            type="text"
            maxLength={column.key === 'format' ? 300 : column.key === 'result' ? 1000 : 2000}
            value={textOf(column.key)}
            onInput={(event) => onChange(patchOf(column.key, event.currentTarget.value))}
          />
        </div>
      ))}
    </>
  );
}

export function ItemEditor({ item, number, state, labels, onChange, onMove, onRemove, onClose }: Props) {
  const id = `rb-item-${item.id}`;
  const columns = builderColumns(state, { result: 'always' });
  const activity = columns.find((c) => c.key === 'activity')?.heading ?? labels.activity;
  return (
    <div class="rb-editor" role="group" aria-label={fill(labels.editorLabel, { n: number })}>
      <div class="rb-field rb-wide">
        <label for={`${id}-activity`}>{activity}</label>
        <textarea
          id={`${id}-activity`}
          rows={3}
          maxLength={2000}
          value={item.activity}
          onInput={(event) => onChange({ activity: event.currentTarget.value })}
        />
      </div>
      <DeadlineFields
        id={id}
        item={item}
        state={state}
        labels={labels}
        onChange={(deadline) => onChange({ deadline })}
      />
      <PeopleFields id={id} item={item} state={state} columns={columns} labels={labels} onChange={onChange} />
      <TextFields id={id} item={item} columns={columns} onChange={onChange} />
      <div class="rb-buttons rb-wide">
        <button type="button" onClick={onClose}>
          {labels.done}
        </button>
        <button type="button" onClick={() => onMove(-1)}>
          {labels.moveUp}
        </button>
        <button type="button" onClick={() => onMove(1)}>
          {labels.moveDown}
        </button>
        <button type="button" class="rb-danger" onClick={onRemove}>
          {fill(labels.removeItem, { n: number })}
        </button>
      </div>
    </div>
  );
}
