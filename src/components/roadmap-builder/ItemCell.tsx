// One cell of an item's row in the builder's table, by its column: the activity with its «Изменить» button,
// the deadlines with the days they were moved from, the people with their names, or the column's text.
import { formatDeadline, movedNote } from '../../lib/roadmap-builder/deadline-format.ts';
import type { RoadmapColumn } from '../../lib/roadmap-columns.ts';
import { withNames, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import type { ScheduledItem } from '../../lib/roadmap-builder/table.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  column: RoadmapColumn;
  scheduled: ScheduledItem;
  people: BuilderState['people'];
  editing: boolean;
  onEdit: () => void;
  labels: BuilderLabels;
}

function Deadlines({ scheduled, labels }: Pick<Props, 'scheduled' | 'labels'>) {
  const { deadlines, outsidePeriod } = scheduled;
  if (deadlines.length === 0) return <em>{outsidePeriod ? labels.outsidePeriod : labels.noDeadline}</em>;
  return (
    <>
      {deadlines.map((deadline, index) => (
        <span class="rb-deadline" key={index}>
          {formatDeadline(deadline)}
          {movedNote(deadline) && <span class="rb-moved">{movedNote(deadline)}</span>}
        </span>
      ))}
    </>
  );
}

function content({ column, scheduled, people, editing, onEdit, labels }: Props) {
  const { item, number } = scheduled;
  switch (column.key) {
    case 'number':
      return number;
    case 'activity':
      return (
        <>
          {item.activity || <em>{labels.noActivity}</em>}
          <div>
            <button
              type="button"
              class="rb-edit"
              aria-expanded={editing}
              aria-label={fill(labels.editItem, { n: number })}
              onClick={onEdit}
            >
              {labels.edit}
            </button>
          </div>
        </>
      );
    case 'deadline':
      return <Deadlines scheduled={scheduled} labels={labels} />;
    case 'responsible':
    case 'municipal':
      return withNames(item.responsible, people);
    case 'school':
      return withNames(item.responsibleSchool ?? [], people);
    case 'format':
      return item.format;
    case 'result':
      return item.result;
    default:
      return item.cells?.[column.key] ?? '';
  }
}

export function ItemCell(props: Props) {
  return <td data-label={props.column.heading}>{content(props)}</td>;
}
