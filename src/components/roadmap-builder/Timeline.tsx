// The roadmap as a timeline: a row per dated item, a bar for each span and a mark for each day, on a scale of
// the period's months (timeline.ts). The bars are drawn for the eye; each row says its dates in words for
// screen readers.
import { formatDeadlines } from '../../lib/roadmap-builder/deadline-format.ts';
import type { Deadline } from '../../lib/roadmap-builder/schedule.ts';
import type { BuilderState } from '../../lib/roadmap-builder/state.ts';
import type { ScheduledItem, ScheduledSection } from '../../lib/roadmap-builder/table.ts';
import { timelineScale, type TimelineScale } from '../../lib/roadmap-builder/timeline.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  scheduled: ScheduledSection[];
  visible: (itemId: string) => boolean;
  labels: BuilderLabels;
}

type DatedRow = ScheduledItem & { dated: Deadline[] };

export function Timeline({ state, scheduled, visible, labels }: Props) {
  const scale = timelineScale(state.start, state.end);
  const rows: DatedRow[] = scheduled.flatMap((section) =>
    section.items
      .filter((s) => visible(s.item.id))
      .map((s) => ({ ...s, dated: s.deadlines.filter((d) => d.kind !== 'text') }))
      .filter((s) => s.dated.length > 0),
  );

  if (rows.length === 0) return <p>{labels.timelineEmpty}</p>;
  return (
    <figure class="rb-timeline">
      <figcaption>{fill(labels.timelineCaption, { n: rows.length })}</figcaption>
      <div class="rb-timeline-scale" aria-hidden="true">
        {scale.months.map((month, index) =>
          index % scale.everyNth === 0 ? (
            <span key={month.iso} style={{ left: `${scale.at(month.iso)}%` }}>
              {month.month}
              {month.year && <br />}
              {month.year}
            </span>
          ) : null,
        )}
      </div>
      <ol class="rb-timeline-rows">
        {rows.map((row) => (
          <TimelineRow key={row.item.id} row={row} scale={scale} />
        ))}
      </ol>
    </figure>
  );
}

function TimelineRow({ row: { item, number, dated }, scale }: { row: DatedRow; scale: TimelineScale }) {
  return (
    <li>
      <span class="rb-timeline-label">
        {number}. {item.activity}
        <span class="sr-only"> — {formatDeadlines(dated)}</span>
      </span>
      <span class="rb-timeline-track" aria-hidden="true">
        {scale.months.map((month) => (
          <span key={month.iso} class="rb-timeline-month" style={{ left: `${scale.at(month.iso)}%` }} />
        ))}
        {dated.map((deadline, index) => (
          <TimelineMark key={index} deadline={deadline} scale={scale} />
        ))}
      </span>
    </li>
  );
}

/** A bar for a span, a mark for a day. */
function TimelineMark({ deadline, scale }: { deadline: Deadline; scale: TimelineScale }) {
  if (deadline.kind === 'span')
    return (
      <span
        class="rb-timeline-bar"
        style={{ left: `${scale.at(deadline.from)}%`, width: `${scale.width(deadline.from, deadline.to)}%` }}
        title={formatDeadlines([deadline])}
      />
    );
  if (deadline.kind === 'day')
    return (
      <span
        class="rb-timeline-day"
        style={{ left: `${scale.at(deadline.date)}%` }}
        title={formatDeadlines([deadline])}
      />
    );
  return null;
}
