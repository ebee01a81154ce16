// The roadmap builder island: holds the roadmap, schedules it with the pure functions of
// src/lib/roadmap-builder/ on every change, and lays out the parts: settings, the table or the timeline
// (all tasks or one person's), exports. Renders on the server with a new roadmap from the first template.
import { useMemo, useState } from 'preact/hooks';
import { workCalendar, type HolidaysData } from '../../lib/roadmap-builder/calendar.ts';
import { addSection, restore, type BuilderState, type Removed } from '../../lib/roadmap-builder/state.ts';
import { addSectionError } from '../../lib/roadmap-builder/limits.ts';
import { scheduleState, type ScheduledSection } from '../../lib/roadmap-builder/table.ts';
import { Exports } from './Exports.tsx';
import type { BuilderLabels } from './labels.ts';
import { ResultHead } from './ResultHead.tsx';
import { RoadmapTable } from './RoadmapTable.tsx';
import { Setup } from './Setup.tsx';
import { freshRoadmap, randomId, useBuilderState, type Notice, type TemplateOption } from './store.ts';
import type { SavedSummary } from '../../lib/roadmap-builder/storage.ts';
import { Timeline } from './Timeline.tsx';
import { useWhoFilter, ViewControls, type View } from './ViewControls.tsx';
import { StateNotices } from '../shared/StateNotices.tsx';
import './roadmap-builder.css';

interface Props {
  templates: TemplateOption[];
  holidays: HolidaysData[];
  labels: BuilderLabels;
  /** The build's date, YYYY-MM-DD: the server render's period. The browser uses its own. */
  buildToday: string;
}

type Update = (change: (state: BuilderState) => BuilderState) => void;
type RemovedRow = { removed: Removed; text: string };

const noticeText = (notice: Notice, labels: BuilderLabels): string =>
  notice.kind === 'error' ? notice.message : labels[`notice.${notice.kind}`];

export default function RoadmapBuilder({ templates, holidays, labels, buildToday }: Props) {
  const { state, setState, notice, setNotice, ready, saved, replace, open, persist, today } = useBuilderState(
    templates,
    buildToday,
  );
  const calendar = useMemo(() => workCalendar(holidays), [holidays]);
  const scheduled = useMemo(() => scheduleState(state, calendar), [state, calendar]);
  const [view, setView] = useState<View>('table');
  const filter = useWhoFilter(state);
  const [removed, setRemoved] = useState<RemovedRow | null>(null);
  const [exportTried, setExportTried] = useState(false);
  const update: Update = (change) => setState((s) => change(s));
  const onNew = (templateId: string) => {
    const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
    replace(freshRoadmap(template, today, randomId(), { organisation: state.organisation }), { kind: 'new' });
    setRemoved(null);
  };
  const onOpen = (opened: BuilderState) => {
    replace(opened, { kind: 'opened' });
    setRemoved(null);
    setNotice({ kind: 'opened' });
  };
  const props = { state, update, labels };

  // Every control stays disabled until the island has hydrated: before that a chosen file or a click was lost
  // without a word. The fieldset has no border or padding (tools.css).
  return (
    <fieldset class="tool-gate" disabled={!ready}>
      <div class="rb not-content" data-tool data-roadmap-builder data-hydrated={ready ? 'true' : undefined}>
        <div class={`rb-notice${notice.kind === 'error' ? ' rb-notice--warning' : ''}`} role="status">
          <p>{ready ? noticeText(notice, labels) : labels.loading}</p>
        </div>
        <StateNotices persist={persist} fileName="dorozhnaya-karta" />
        {saved.length > 1 && <SavedPicker saved={saved} current={state.id} open={open} labels={labels} />}
        <Setup {...props} templates={templates} today={today} showErrors={exportTried} onNew={onNew} />
        <section class="rb-result" aria-labelledby="rb-result-heading">
          <ResultHead state={state} calendar={calendar} labels={labels} />
          <ViewControls view={view} setView={setView} filter={filter} labels={labels} />
          {removed && <UndoBar removed={removed} update={update} done={() => setRemoved(null)} labels={labels} />}
          {view === 'table' ? (
            <TableView {...props} scheduled={scheduled} visible={filter.visible} onRemoved={setRemoved} />
          ) : (
            <Timeline state={state} scheduled={scheduled} visible={filter.visible} labels={labels} />
          )}
        </section>
        <Exports {...props} scheduled={scheduled} onTry={() => setExportTried(true)} onOpen={onOpen} />
      </div>
    </fieldset>
  );
}

/** The roadmaps kept in this browser, to switch between them (shown when there is more than one). */
function SavedPicker(props: {
  saved: SavedSummary[];
  current: string;
  open: (id: string) => void;
  labels: BuilderLabels;
}) {
  const { saved, current, open, labels } = props;
  return (
    <div class="rb-row rb-saved">
      <label for="rb-saved">{labels.savedList}</label>
      <select id="rb-saved" value={current} onChange={(event) => open(event.currentTarget.value)}>
        {saved.map((entry) => (
          <option value={entry.id} key={entry.id}>
            {`${entry.organisation || labels.noOrganisation} — ${entry.title.slice(0, 80)}`}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What was just removed, and «Вернуть» to put it back. */
function UndoBar(props: { removed: RemovedRow; update: Update; done: () => void; labels: BuilderLabels }) {
  const { removed, update, done, labels } = props;
  return (
    <div class="rb-undo" role="status">
      <span>{removed.text}</span>
      <button
        type="button"
        onClick={() => {
          update((s) => restore(s, removed.removed));
          done();
        }}
      >
        {labels.undo}
      </button>
    </div>
  );
}

/** The table to edit in place, and the button that adds a section (disabled, with the reason, at the limit). */
function TableView(props: {
  state: BuilderState;
  update: Update;
  scheduled: ScheduledSection[];
  visible: (itemId: string) => boolean;
  onRemoved: (removed: RemovedRow) => void;
  labels: BuilderLabels;
}) {
  const { state, update, scheduled, visible, onRemoved, labels } = props;
  const full = addSectionError(state);
  return (
    <>
      <RoadmapTable
        state={state}
        scheduled={scheduled}
        visible={visible}
        update={update}
        onRemoved={(r, text) => onRemoved({ removed: r, text })}
        labels={labels}
      />
      <div class="rb-buttons rb-add-section">
        <button
          type="button"
          disabled={full !== null}
          aria-describedby={full ? 'rb-sections-full' : undefined}
          onClick={() => update((s) => addSection(s, labels.newSectionTitle))}
        >
          {labels.addSection}
        </button>
        {full && (
          <p class="rb-hint" id="rb-sections-full">
            {full}
          </p>
        )}
      </div>
    </>
  );
}
