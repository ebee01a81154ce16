// The head of the built roadmap: the approval block (shown only when printing), the title, the organisation and
// period, and a note on the work calendar the dates were moved by (and the years it does not cover).
import { Fragment } from 'preact';
import { builtApprovalLines } from '../../lib/roadmap-builder/approval.ts';
import type { WorkCalendar } from '../../lib/roadmap-builder/calendar.ts';
import type { BuilderState } from '../../lib/roadmap-builder/state.ts';
import { builtPeriodText } from '../../lib/roadmap-builder/table.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  calendar: WorkCalendar;
  labels: BuilderLabels;
}

export function ResultHead({ state, calendar, labels }: Props) {
  return (
    <>
      <div class="rb-print-head" aria-hidden="true">
        <p>
          {builtApprovalLines(state).map((line, index) =>
            index === 0 ? (
              <strong key={index}>{line}</strong>
            ) : (
              <Fragment key={index}>
                <br />
                {line}
              </Fragment>
            ),
          )}
        </p>
      </div>
      <h3 id="rb-result-heading">{state.title}</h3>
      <p class="rb-subtitle">
        {state.organisation || labels.noOrganisation}, {builtPeriodText(state.start, state.end)}
      </p>
      <CalendarNote state={state} calendar={calendar} labels={labels} />
    </>
  );
}

function CalendarNote({ state, calendar, labels }: Props) {
  const [first, last] = [Number(state.start.slice(0, 4)), Number(state.end.slice(0, 4))];
  const uncovered = [...new Set([first, last])].filter((y) => !calendar.years.includes(y));
  const unknownTransfers = calendar.yearsWithoutTransfers.filter((y) => y >= first && y <= last);
  return (
    <details class="rb-hint rb-calendar-note">
      <summary>{labels.calendarNote}</summary>
      <p>{fill(labels.calendarSource, { source: calendar.source })}</p>
      {uncovered.length > 0 && <p>{fill(labels.calendarUncovered, { years: uncovered.join(', ') })}</p>}
      {unknownTransfers.length > 0 && <p>{fill(labels.calendarNoTransfers, { years: unknownTransfers.join(', ') })}</p>}
    </details>
  );
}
