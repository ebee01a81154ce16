// The monitoring tool: files in (form-filler JSON, survey CSV/XLSX with a column mapping), settings, the
// indicators, both monitoring stages and every question, the .docx report and the KPI link. The island only
// holds state and renders; reading, counting and the report are in src/lib/monitoring and src/lib/import, and
// the reading and counting run in the monitoring's worker (engine-client.ts): the page receives the figures.
import { FromProfile } from '../school/FromProfile.tsx';
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/monitoring/analyse.ts';
import { localToday, schoolYearOfDate } from '../../lib/dates.ts';
import type { MonitoringView } from '../../lib/monitoring/engine.ts';
import type { Batch } from '../../lib/monitoring/pipeline.ts';
import type { MonitoredForm, Stage } from '../../lib/monitoring/questionnaires.ts';
import {
  emptyMonitoring,
  monitoringSpec,
  rememberEncoding,
  storageKey,
  type MonitoringSaved,
} from '../../lib/monitoring/storage.ts';
import { mappingToRemember, readSurveyRows, suggestMapping } from '../../lib/monitoring/survey.ts';
import { EngineClient } from './engine-client.ts';
import { Exports } from './Exports.tsx';
import { readFiles, rememberedMapping, rememberMapping } from './files.ts';
import { Indicators } from './Indicators.tsx';
import { fill } from '../../lib/island-labels.ts';
import { failureText } from '../../lib/lazy-module.ts';
import { plural } from '../../lib/ru-words.ts';
import { TaskCancelled } from '../../lib/worker/task.ts';
import type { MonitoringLabels } from './labels.ts';
import { Notes } from './Notes.tsx';
import { Questions } from './Questions.tsx';
import { StageOne, StageTwo } from './Stages.tsx';
import { SurveyMapping, type PendingSurvey } from './SurveyMapping.tsx';
import { StateNotices } from '../shared/StateNotices.tsx';
import { usePersistentState } from '../shared/usePersistentState.ts';

interface Props {
  forms: MonitoredForm[];
  labels: MonitoringLabels;
  kpiPath: string;
  buildToday: string;
}

export default function MonitoringTool({ forms, labels, kpiPath, buildToday }: Props) {
  const byId = useMemo(() => Object.fromEntries(forms.map((f) => [f.id, f])), [forms]);
  // What was read from the files and the settings are kept across a reload; a survey awaiting its mapping is not.
  const persist = usePersistentState<MonitoringSaved>({
    spec: monitoringSpec,
    initial: emptyMonitoring(),
    key: () => storageKey,
  });
  const { ready } = persist;
  const { files, batches, settings, organisation, period, year } = persist.state;
  const latest = useRef(persist.state);
  latest.current = persist.state;
  const change = <K extends keyof MonitoringSaved>(key: K, next: (value: MonitoringSaved[K]) => MonitoringSaved[K]) =>
    persist.setState((s) => ({ ...s, [key]: next(s[key]) }));
  const setSettings = (next: (s: Settings) => Settings) => change('settings', next);
  const setOrganisation = (value: string) => change('organisation', () => value);
  const setPeriod = (value: string) => change('period', () => value);
  const setYear = (value: string) => change('year', () => value);
  // While files are read: how many of how many, and how to stop; `cancelled` says the last reading was stopped.
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const cancelReading = useRef<() => void>(() => undefined);
  const busy = reading !== null;
  const [surveys, setSurveys] = useState<PendingSurvey[]>([]);

  // The engine holds the answers and counts them; `held` is what it was last given, `view` what it answered.
  const engine = useRef<EngineClient | null>(null);
  const held = useRef<{ batches: Batch[]; settings: Settings } | null>(null);
  const [view, setView] = useState<MonitoringView | null>(null);
  const [failure, setFailure] = useState('');
  const [resync, setResync] = useState(0);
  const failed = (error: unknown) => {
    if (error instanceof TaskCancelled) return;
    setFailure(fill(labels.engineFailed, { message: failureText(error, '{message}') }));
  };
  useEffect(() => {
    if (!ready) return;
    const had = held.current;
    if (had?.batches === batches && had.settings === settings) return;
    held.current = { batches, settings };
    // Nothing read yet: the worker starts when files are chosen.
    if (batches.length === 0 && !engine.current) return;
    engine.current ??= new EngineClient(forms, () => latest.current);
    const asked = had?.batches === batches ? engine.current.recount(settings) : engine.current.set(batches, settings);
    asked.then(setView, failed);
  }, [ready, batches, settings, resync]);
  useEffect(() => () => engine.current?.close(), []);

  const responses = view?.responses ?? 0;
  // The first figures are drawn a part at a time, top first, each in a task of its own: drawing every table of
  // 5,000 answers at once held the page; later changes redraw what is there.
  const [sections, setSections] = useState(1);
  const shown = responses > 0;
  useEffect(() => {
    if (!shown || sections >= 4) return;
    const timer = setTimeout(() => setSections((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, sections]);
  const defaultYear = schoolYearOfDate(view?.latestDate ?? '') ?? schoolYearOfDate(ready ? localToday() : buildToday)!;
  const kpiYear = /^\d{4}$/.test(year) ? Number(year) : defaultYear;

  const onFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const total = list.length;
    setCancelled(false);
    setReading({ done: 0, total });
    setFailure('');
    engine.current ??= new EngineClient(forms, () => latest.current);
    const client = engine.current;
    const task = readFiles(client, [...list], byId, labels.expectedTable, (done) => setReading({ done, total }));
    cancelReading.current = task.cancel;
    try {
      const read = await task.result;
      const { settings: now, batches: before } = latest.current;
      const pooled = held.current?.batches === before;
      const counted = await client.commit(read.layout, now);
      const next = [...before, ...read.batches];
      // The worker's pool is the page's answers plus these, so its compact shape is theirs.
      if (pooled) rememberEncoding(next, counted.compact);
      held.current = { batches: next, settings: now };
      persist.setState((s) => ({ ...s, files: s.files + total, batches: next }));
      setView(counted.view);
      setSurveys((s) => [...s, ...read.surveys]);
    } catch (error) {
      if (error instanceof TaskCancelled) {
        setCancelled(true);
        // The fresh engine has the page's answers; its figures are asked for again.
        held.current = null;
        setResync((n) => n + 1);
      } else failed(error);
    } finally {
      setReading(null);
    }
  };

  const applySurvey = (survey: PendingSurvey) => {
    const form = byId[survey.formId]!;
    rememberMapping(form.id, mappingToRemember(survey.header, survey.mapping));
    const batch = readSurveyRows(form, survey.fileName, survey.rows, survey.mapping, survey.stage || undefined);
    const { settings: now, batches: before } = latest.current;
    const next = [...before, batch];
    // Only the new rows cross to the worker when it holds the page's answers already.
    if (engine.current && held.current?.batches === before) {
      held.current = { batches: next, settings: now };
      engine.current.add([batch], now).then(setView, failed);
    }
    change('batches', () => next);
    setSurveys((s) => s.filter((x) => x.id !== survey.id));
  };

  const reset = () => {
    persist.setState((s) => ({ ...s, files: 0, batches: [] }));
    setSurveys([]);
  };

  const stageOptions: [Settings['stage'], string][] = [
    ['all', labels.stageAll],
    ['before', labels.stageBefore],
    ['middle', labels.stageMiddle],
    ['after', labels.stageAfter],
  ];
  const stageText = stageOptions.find(([s]) => s === settings.stage)![1];
  const withThreshold = forms.filter((f) => f.spec.satisfaction);

  const tool = (
    <div class="mon" data-tool data-hydrated={ready ? 'true' : undefined} role="region" aria-label={labels.region}>
      {!ready && <p>{labels.loading}</p>}
      <StateNotices persist={persist} fileName="monitoring" />
      <div class="mon-files">
        <label for="mon-files">{labels.chooseFiles}</label>
        <input
          id="mon-files"
          type="file"
          multiple
          accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv"
          disabled={!ready || busy}
          onChange={(e) => void onFiles(e.currentTarget.files).then(() => ((e.target as HTMLInputElement).value = ''))}
        />
        <p class="mon-hint">{labels.filesHint}</p>
        <p role="status" aria-live="polite">
          {reading
            ? fill(labels.reading, {
                done: reading.done,
                total: reading.total,
                files: plural(reading.total, labels.readingFiles.split('|') as [string, string, string]),
              })
            : cancelled
              ? labels.readingCancelled
              : failure
                ? failure
                : files === 0
                  ? labels.empty
                  : view
                    ? fill(labels.summary, { files, count: responses })
                    : fill(labels.computing, { files })}
        </p>
        {reading && (
          <>
            <progress max={reading.total} value={reading.done} aria-label={labels.readingProgress} />
            <button type="button" onClick={() => cancelReading.current()}>
              {labels.cancelReading}
            </button>
          </>
        )}
        {files > 0 && !reading && (
          <button type="button" onClick={reset}>
            {labels.clear}
          </button>
        )}
      </div>

      {surveys.map((survey) => (
        <SurveyMapping
          key={survey.id}
          survey={survey}
          forms={forms}
          labels={labels}
          onChange={(next) => setSurveys((s) => s.map((x) => (x.id === next.id ? next : x)))}
          onFormChange={(formId) =>
            setSurveys((s) =>
              s.map((x) =>
                x.id === survey.id
                  ? {
                      ...x,
                      formId,
                      stage: '',
                      mapping: suggestMapping(byId[formId]!, x.header, rememberedMapping(formId)),
                    }
                  : x,
              ),
            )
          }
          onApply={() => applySurvey(survey)}
          onCancel={() => setSurveys((s) => s.filter((x) => x.id !== survey.id))}
        />
      ))}

      <Notes notes={view?.notes ?? []} labels={labels} />

      {view && responses > 0 && (
        <>
          <fieldset class="mon-settings">
            <legend>{labels.settingsHeading}</legend>
            <FromProfile
              labels={{ apply: labels.fromProfile, done: labels.fromProfileDone }}
              onApply={(profile) => {
                setOrganisation(profile.organisation.shortName.trim() || profile.organisation.fullName.trim());
                if (/^\d{4}$/.test(profile.schoolYear.trim())) setYear(profile.schoolYear.trim());
                return undefined;
              }}
            />
            <div class="mon-grid">
              <label for="mon-organisation">{labels.organisation}</label>
              <input
                id="mon-organisation"
                type="text"
                maxLength={300}
                value={organisation}
                onInput={(e) => setOrganisation(e.currentTarget.value)}
              />
              <label for="mon-period">{labels.period}</label>
              <input
                id="mon-period"
                type="text"
                maxLength={100}
                value={period}
                placeholder={`${kpiYear}/${kpiYear + 1} учебный год`}
                onInput={(e) => setPeriod(e.currentTarget.value)}
              />
              <label for="mon-year">{labels.schoolYear}</label>
              <input
                id="mon-year"
                type="number"
                min={2000}
                max={2100}
                step={1}
                value={year || String(defaultYear)}
                onInput={(e) => setYear(e.currentTarget.value)}
              />
              {withThreshold.map((f) => (
                <Fragment key={f.id}>
                  <label for={`mon-threshold-${f.id}`}>{fill(labels.threshold, { title: f.title })}</label>
                  <input
                    id={`mon-threshold-${f.id}`}
                    type="number"
                    min={1}
                    max={10}
                    step={1}
                    value={settings.thresholds[f.id] ?? f.spec.satisfaction!.threshold}
                    onInput={(e) => {
                      const value = Number(e.currentTarget.value);
                      // Only whole points of the scale make a threshold; anything else keeps the last good one.
                      if (Number.isInteger(value) && value >= 1 && value <= 10)
                        setSettings((s) => ({ ...s, thresholds: { ...s.thresholds, [f.id]: value } }));
                    }}
                  />
                </Fragment>
              ))}
              <label for="mon-stage">{labels.stageFilter}</label>
              <select
                id="mon-stage"
                value={settings.stage}
                onChange={(e) => setSettings((s) => ({ ...s, stage: e.currentTarget.value as Stage | 'all' }))}
              >
                {stageOptions.map(([s, text]) => (
                  <option value={s} key={s}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <Indicators result={view.result} labels={labels} ready={ready} />
          {sections > 1 && <StageOne result={view.result} labels={labels} ready={ready} />}
          {sections > 2 && <StageTwo result={view.result} labels={labels} ready={ready} />}
          {sections > 3 && <Questions result={view.result} labels={labels} />}
          {sections > 3 && (
            <Exports
              result={view.result}
              meta={{ organisation, period: period || `${kpiYear}/${kpiYear + 1} учебный год`, stageText }}
              year={kpiYear}
              kpiPath={kpiPath}
              labels={labels}
            />
          )}
        </>
      )}
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
