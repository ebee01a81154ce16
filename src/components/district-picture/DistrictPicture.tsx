// The district's picture: the schools' files in, then the KPI table with actuals, the clusters by the district's
// rules, the network tandems and the exports. Logic lives in src/lib/district-picture; this island only renders.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { localToday } from '../../lib/dates.ts';
import { fill } from '../../lib/island-labels.ts';
import { savedKpiState, storageKey as kpiStorageKey } from '../../lib/kpi/storage.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { districtTable } from '../../lib/district-picture/aggregate.ts';
import { clusterSchools, ruleErrors } from '../../lib/district-picture/clusters.ts';
import type { ChosenFile } from '../../lib/district-picture/jobs.ts';
import { pictureTask } from '../../lib/district-picture/picture-task.ts';
import { unknownSchools } from '../../lib/district-picture/names.ts';
import { failureText } from '../../lib/lazy-module.ts';
import { emptyPicture, pictureSpec, storageKey, type PictureState } from '../../lib/district-picture/storage.ts';
import type { DistrictSchool } from '../../lib/district-picture/types.ts';
import { TaskCancelled, type Task } from '../../lib/worker/task.ts';
import { StateNotices } from '../shared/StateNotices.tsx';
import { browserStorage, usePersistentState } from '../shared/usePersistentState.ts';
import { Clusters } from './Clusters.tsx';
import { Exports } from './Exports.tsx';
import { Files } from './Files.tsx';
import { KpiTable } from './KpiTable.tsx';
import { Registry } from './Registry.tsx';
import { Tandems } from './Tandems.tsx';
import type { PictureLabels } from './labels.ts';
import { useTandems } from './useTandems.ts';

interface Props {
  indicators: KpiIndicator[];
  district: DistrictSchool[];
  districtName: string;
  forms: MonitoredForm[];
  agreementForm: Form;
  labels: PictureLabels;
  buildToday: string;
}

export default function DistrictPicture(props: Props) {
  const { indicators, district, labels, buildToday } = props;
  const byId = useMemo(() => Object.fromEntries(props.forms.map((f) => [f.id, f])), [props.forms]);
  const persist = usePersistentState<PictureState>({
    spec: pictureSpec(buildToday),
    initial: emptyPicture(buildToday),
    key: () => storageKey,
  });
  const { state, ready } = persist;
  const set = (change: Partial<PictureState>) => persist.setState((s) => ({ ...s, ...change }));
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');

  const table = useMemo(
    () =>
      districtTable(state.schools, indicators, {
        firstYear: state.firstYear,
        lastYear: state.lastYear,
        year: state.year,
        trajectories: state.trajectories,
      }),
    [state.schools, state.firstYear, state.lastYear, state.year, state.trajectories, indicators],
  );
  const errors = ruleErrors(state.rules, indicators);
  const clusters = useMemo(
    () => (errors.length ? [] : clusterSchools(table.rows, state.rules)),
    [table, state.rules, errors.length],
  );
  const capacity = /^\d{1,2}$/.test(state.capacity) && Number(state.capacity) > 0 ? Number(state.capacity) : null;
  const tandems = useTandems(state.schools, clusters, capacity);
  const missing = useMemo(() => unknownSchools(state.schools, district), [state.schools, district]);

  // The files are read in the picture's worker (the readers of files load there, not with the page), so the page
  // answers while 300 schools are read; leaving the page stops the reading.
  const reading = useRef<Task<unknown> | null>(null);
  useEffect(() => () => reading.current?.cancel(), []);
  const onFiles = async (files: ChosenFile[]) => {
    setBusy(true);
    setProgress(fill(labels.progress, { n: 0, total: files.length }));
    const job = {
      kind: 'collect' as const,
      existing: state.schools,
      files,
      forms: byId,
      district,
      today: ready ? localToday() : buildToday,
      year: state.year,
    };
    const task = pictureTask(job, (n) => setProgress(fill(labels.progress, { n, total: files.length })));
    reading.current = task;
    try {
      const { schools, messages } = await task.result;
      set({ schools, messages });
    } catch (error) {
      if (error instanceof TaskCancelled) return;
      const text = failureText(error, '{message}');
      set({ messages: [{ file: files.map((f) => f.name).join(', '), level: 'error', text }] });
    }
    reading.current = null;
    setProgress('');
    setBusy(false);
  };

  // The district sets its targets in the KPI calculator (district mode): its period and trajectories come here.
  const [targetsNote, setTargetsNote] = useState('');
  const fromCalculator = () => {
    const text = browserStorage()?.getItem(kpiStorageKey) ?? null;
    const saved = text === null ? null : savedKpiState(text);
    if (!saved) {
      setTargetsNote(labels.noCalculator);
      return;
    }
    set({ firstYear: saved.firstYear, lastYear: saved.lastYear, trajectories: saved.trajectories });
    setTargetsNote(fill(labels.targetsTaken, { from: saved.firstYear, to: saved.lastYear }));
  };

  const yearOk = state.year >= state.firstYear && state.year <= state.lastYear && /^\d{4}$/.test(state.year);

  return (
    <div class="dp" data-tool data-hydrated={ready ? 'true' : undefined} role="region" aria-label={labels.region}>
      {!ready && <p>{labels.loading}</p>}
      <StateNotices persist={persist} fileName="svodka-po-shkolam" />
      <Files
        labels={labels}
        ready={ready}
        busy={busy}
        progress={progress}
        setBusy={setBusy}
        schools={state.schools}
        messages={state.messages}
        missing={missing.map((s) => s.name)}
        onFiles={onFiles}
        onClear={() => set({ schools: [], messages: [] })}
      />
      {state.schools.length > 0 && (
        <>
          <fieldset>
            <legend>{labels.periodLegend}</legend>
            <div class="dp-row">
              {(['firstYear', 'lastYear', 'year'] as const).map((field) => (
                <label key={field}>
                  {labels[field]}
                  <input
                    type="text"
                    inputMode="numeric"
                    size={6}
                    value={state[field]}
                    onInput={(e) => set({ [field]: e.currentTarget.value.trim() })}
                  />
                </label>
              ))}
            </div>
            <div class="dp-row">
              <button type="button" onClick={fromCalculator}>
                {labels.fromCalculator}
              </button>
            </div>
            <p class="dp-hint" role="status">
              {targetsNote ||
                (Object.keys(state.trajectories).length ? labels.targetsFromCalculator : labels.targetsPreset)}
            </p>
            {!yearOk && (
              <p class="dp-error" role="alert">
                {labels.yearError}
              </p>
            )}
          </fieldset>
          <KpiTable labels={labels} table={table} indicators={indicators} />
          <Clusters
            labels={labels}
            indicators={indicators}
            rules={state.rules}
            errors={errors}
            clusters={clusters}
            onRules={(rules) => set({ rules })}
          />
          <Tandems
            labels={labels}
            result={tandems.result}
            failed={tandems.failed}
            capacity={state.capacity}
            capacityOk={capacity !== null}
            onCapacity={(value) => set({ capacity: value })}
            agreementForm={props.agreementForm}
            schools={state.schools}
          />
          <Registry
            labels={labels}
            schools={state.schools}
            consents={state.consents}
            onConsents={(consents) => set({ consents })}
            district={district}
            clusters={clusters}
          />
          <Exports
            labels={labels}
            districtName={props.districtName}
            schools={state.schools}
            table={table}
            indicators={indicators}
            clusters={clusters}
            rules={state.rules}
            tandems={tandems.result}
          />
          <p class="dp-hint">{fill(labels.keptHint, { n: state.schools.length })}</p>
        </>
      )}
    </div>
  );
}
