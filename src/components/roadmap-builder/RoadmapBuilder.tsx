// The roadmap builder island: holds the roadmap, schedules it with the pure functions of
// src/lib/roadmap-builder/ on every change, and lays out the parts: settings, the table or the timeline
// (all tasks or one person's), exports. Renders on the server with a new roadmap from the first template.
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { workCalendar, type HolidaysData } from '../../lib/roadmap-builder/calendar.ts';
import { builtApprovalLines } from '../../lib/roadmap-builder/approval.ts';
import { addSection, restore, rolesOf, type BuilderState, type Removed } from '../../lib/roadmap-builder/state.ts';
import { addSectionError } from '../../lib/roadmap-builder/limits.ts';
import { builtPeriodText, concerns, scheduleState } from '../../lib/roadmap-builder/table.ts';
import { Exports } from './Exports.tsx';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';
import { RoadmapTable } from './RoadmapTable.tsx';
import { Setup } from './Setup.tsx';
import { freshRoadmap, randomId, useBuilderState, type Notice, type TemplateOption } from './store.ts';
import { Timeline } from './Timeline.tsx';
import { StateNotices } from '../shared/StateNotices.tsx';
import './roadmap-builder.css';

interface Props {
  templates: TemplateOption[];
  holidays: HolidaysData[];
  labels: BuilderLabels;
  /** The build's date, YYYY-MM-DD: the server render's period. The browser uses its own. */
  buildToday: string;
}

const noticeText = (notice: Notice, labels: BuilderLabels): string =>
  notice.kind === 'error' ? notice.message : labels[`notice.${notice.kind}`];

export default function RoadmapBuilder({ templates, holidays, labels, buildToday }: Props) {
  const { state, setState, notice, setNotice, ready, saved, replace, open, persist, today } = useBuilderState(
    templates,
    buildToday,
  );
  const calendar = useMemo(() => workCalendar(holidays), [holidays]);
  const scheduled = useMemo(() => scheduleState(state, calendar), [state, calendar]);
  const [view, setView] = useState<'table' | 'timeline'>('table');
  const [who, setWho] = useState('');
  const [removed, setRemoved] = useState<{ removed: Removed; text: string } | null>(null);
  const [exportTried, setExportTried] = useState(false);
  const update = (change: (state: BuilderState) => BuilderState) => setState((s) => change(s));

  const roles = rolesOf(state);
  const names = [...new Set(state.people.map((p) => p.name.trim()).filter(Boolean))];
  const whoValid = who === '' || roles.includes(who) || names.includes(who) ? who : '';
  const visible = (itemId: string) => {
    if (whoValid === '') return true;
    const item = state.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
    return item ? concerns(item, whoValid, state.people) : false;
  };
  const uncovered = [...new Set([state.start.slice(0, 4), state.end.slice(0, 4)].map(Number))].filter(
    (y) => !calendar.years.includes(y),
  );
  const unknownTransfers = calendar.yearsWithoutTransfers.filter(
    (y) => y >= Number(state.start.slice(0, 4)) && y <= Number(state.end.slice(0, 4)),
  );

  const tool = (
    <div class="rb not-content" data-tool data-roadmap-builder data-hydrated={ready ? 'true' : undefined}>
      <div class={`rb-notice${notice.kind === 'error' ? ' rb-notice--warning' : ''}`} role="status">
        <p>{ready ? noticeText(notice, labels) : labels.loading}</p>
      </div>
      <StateNotices persist={persist} fileName="dorozhnaya-karta" />

      {saved.length > 1 && (
        <div class="rb-row rb-saved">
          <label for="rb-saved">{labels.savedList}</label>
          <select id="rb-saved" value={state.id} onChange={(event) => open(event.currentTarget.value)}>
            {saved.map((entry) => (
              <option value={entry.id} key={entry.id}>
                {`${entry.organisation || labels.noOrganisation} — ${entry.title.slice(0, 80)}`}
              </option>
            ))}
          </select>
        </div>
      )}

      <Setup
        state={state}
        update={update}
        templates={templates}
        labels={labels}
        today={today}
        showErrors={exportTried}
        onNew={(templateId) => {
          const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
          replace(freshRoadmap(template, today, randomId(), { organisation: state.organisation }), { kind: 'new' });
          setRemoved(null);
        }}
      />

      <section class="rb-result" aria-labelledby="rb-result-heading">
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
        <details class="rb-hint rb-calendar-note">
          <summary>{labels.calendarNote}</summary>
          <p>{fill(labels.calendarSource, { source: calendar.source })}</p>
          {uncovered.length > 0 && <p>{fill(labels.calendarUncovered, { years: uncovered.join(', ') })}</p>}
          {unknownTransfers.length > 0 && (
            <p>{fill(labels.calendarNoTransfers, { years: unknownTransfers.join(', ') })}</p>
          )}
        </details>

        <div class="rb-row rb-controls">
          <div class="rb-views" role="group" aria-label={labels.viewLabel}>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {labels.viewTable}
            </button>
            <button type="button" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
              {labels.viewTimeline}
            </button>
          </div>
          <div class="rb-field rb-filter">
            <label for="rb-who">{labels.filter}</label>
            <select id="rb-who" value={whoValid} onChange={(event) => setWho(event.currentTarget.value)}>
              <option value="">{labels.filterAll}</option>
              {names.length > 0 && (
                <optgroup label={labels.filterPeople}>
                  {names.map((name) => (
                    <option key={`n-${name}`} value={name}>
                      {name}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={labels.filterRoles}>
                {roles.map((role) => (
                  <option key={`r-${role}`} value={role}>
                    {role}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
        </div>

        {removed && (
          <div class="rb-undo" role="status">
            <span>{removed.text}</span>
            <button
              type="button"
              onClick={() => {
                update((s) => restore(s, removed.removed));
                setRemoved(null);
              }}
            >
              {labels.undo}
            </button>
          </div>
        )}

        {view === 'table' ? (
          <>
            <RoadmapTable
              state={state}
              scheduled={scheduled}
              visible={visible}
              update={update}
              onRemoved={(r, text) => setRemoved({ removed: r, text })}
              labels={labels}
            />
            <div class="rb-buttons rb-add-section">
              <button
                type="button"
                disabled={addSectionError(state) !== null}
                aria-describedby={addSectionError(state) ? 'rb-sections-full' : undefined}
                onClick={() => update((s) => addSection(s, labels.newSectionTitle))}
              >
                {labels.addSection}
              </button>
              {addSectionError(state) && (
                <p class="rb-hint" id="rb-sections-full">
                  {addSectionError(state)}
                </p>
              )}
            </div>
          </>
        ) : (
          <Timeline state={state} scheduled={scheduled} visible={visible} labels={labels} />
        )}
      </section>

      <Exports
        state={state}
        scheduled={scheduled}
        labels={labels}
        onTry={() => setExportTried(true)}
        onOpen={(opened) => {
          replace(opened, { kind: 'opened' });
          setRemoved(null);
          setNotice({ kind: 'opened' });
        }}
      />
    </div>
  );
  // Every control stays disabled until the island has hydrated: before that a chosen file or a click was lost
  // without a word. The fieldset has no border or padding (tools.css).
  return (
    <fieldset class="tool-gate" disabled={!ready}>
      {tool}
    </fieldset>
  );
}
