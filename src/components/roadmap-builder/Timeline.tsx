// The roadmap as a timeline: a row per dated item, a bar for each span and a mark for each day, on a scale of
// the period's months. The bars are drawn for the eye; each row says its dates in words for screen readers.
import { monthName } from '../../lib/ru-words.ts';
import { formatDeadlines } from '../../lib/roadmap-builder/deadline-format.ts';
import { addMonths, toUtc } from '../../lib/dates.ts';
import type { BuilderState } from '../../lib/roadmap-builder/state.ts';
import type { ScheduledSection } from '../../lib/roadmap-builder/table.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  scheduled: ScheduledSection[];
  visible: (itemId: string) => boolean;
  labels: BuilderLabels;
}

const dayMs = 86_400_000;

export function Timeline({ state, scheduled, visible, labels }: Props) {
  const startMs = toUtc(state.start).getTime();
  const total = (toUtc(state.end).getTime() - startMs) / dayMs + 1;
  const at = (iso: string) => ((toUtc(iso).getTime() - startMs) / dayMs / total) * 100;
  const width = (from: string, to: string) =>
    Math.max((((toUtc(to).getTime() - toUtc(from).getTime()) / dayMs + 1) / total) * 100, 0.6);

  const months: { iso: string; month: string; year: string }[] = [];
  for (let iso = `${state.start.slice(0, 7)}-01`; iso <= state.end; iso = addMonths(iso, 1)) {
    const month = Number(iso.slice(5, 7));
    months.push({
      iso: iso < state.start ? state.start : iso,
      month: monthName(month).slice(0, 3),
      year: month === 1 || months.length === 0 ? iso.slice(0, 4) : '',
    });
  }
  const everyNth = Math.ceil(months.length / 12);
  const rows = scheduled.flatMap((section) =>
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
        {months.map((month, index) =>
          index % everyNth === 0 ? (
            <span key={month.iso} style={{ left: `${at(month.iso)}%` }}>
              {month.month}
              {month.year && <br />}
              {month.year}
            </span>
          ) : null,
        )}
      </div>
      <ol class="rb-timeline-rows">
        {rows.map(({ item, number, dated }) => (
          <li key={item.id}>
            <span class="rb-timeline-label">
              {number}. {item.activity}
              <span class="sr-only"> — {formatDeadlines(dated)}</span>
            </span>
            <span class="rb-timeline-track" aria-hidden="true">
              {months.map((month) => (
                <span key={month.iso} class="rb-timeline-month" style={{ left: `${at(month.iso)}%` }} />
              ))}
              {dated.map((deadline, index) =>
                deadline.kind === 'span' ? (
                  <span
                    key={index}
                    class="rb-timeline-bar"
                    style={{ left: `${at(deadline.from)}%`, width: `${width(deadline.from, deadline.to)}%` }}
                    title={formatDeadlines([deadline])}
                  />
                ) : deadline.kind === 'day' ? (
                  <span
                    key={index}
                    class="rb-timeline-day"
                    style={{ left: `${at(deadline.date)}%` }}
                    title={formatDeadlines([deadline])}
                  />
                ) : null,
              )}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
