// The monitoring tool: files in (form-filler JSON, survey CSV/XLSX with a column mapping), settings, the
// indicators, both monitoring stages and every question, the .docx report and the KPI link. The island only
// holds state and renders; reading, counting and the report are in src/lib/monitoring and src/lib/import, and
// the reading and counting run in the monitoring's worker (engine-client.ts): the page receives the figures.
import { useMemo } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { defaultPeriod, defaultSchoolYear, kpiYearOf, stageOptions } from '../../lib/monitoring/tool-text.ts';
import { StateNotices } from '../shared/StateNotices.tsx';
import { FileChooser } from './FileChooser.tsx';
import type { MonitoringLabels } from './labels.ts';
import { Notes } from './Notes.tsx';
import { Results } from './Results.tsx';
import { SettingsFields } from './SettingsFields.tsx';
import { SurveyList } from './SurveyList.tsx';
import { useMonitoringEngine } from './useMonitoringEngine.ts';
import { useMonitoringFiles } from './useMonitoringFiles.ts';
import { useMonitoringState } from './useMonitoringState.ts';
import { usePendingSurveys } from './usePendingSurveys.ts';
import { useSections } from './useSections.ts';

interface Props {
  forms: MonitoredForm[];
  labels: MonitoringLabels;
  kpiPath: string;
  buildToday: string;
}

export default function MonitoringTool({ forms, labels, kpiPath, buildToday }: Props) {
  const byId = useMemo(() => Object.fromEntries(forms.map((f) => [f.id, f])), [forms]);
  const state = useMonitoringState();
  const { persist } = state;
  const { ready } = persist;
  const { files, settings, organisation, period, year } = persist.state;
  const engine = useMonitoringEngine(forms, state, labels.engineFailed);
  const surveys = usePendingSurveys(byId, state, engine);
  const reading = useMonitoringFiles(state, engine, { byId, expected: labels.expectedTable, onSurveys: surveys.add });
  const { view } = engine;
  const responses = view?.responses ?? 0;
  const sections = useSections(responses > 0);
  const defaultYear = defaultSchoolYear(view?.latestDate, ready ? localToday() : buildToday);
  const kpiYear = kpiYearOf(year, defaultYear);
  const stageText = stageOptions(labels).find(([s]) => s === settings.stage)![1];
  const reset = () => {
    persist.setState((s) => ({ ...s, files: 0, batches: [] }));
    surveys.clear();
  };
  const meta = { organisation, period: period || defaultPeriod(kpiYear), stageText };

  const tool = (
    <div class="mon" data-tool data-hydrated={ready ? 'true' : undefined} role="region" aria-label={labels.region}>
      {!ready && <p>{labels.loading}</p>}
      <StateNotices persist={persist} fileName="monitoring" />
      <FileChooser
        labels={labels}
        ready={ready}
        files={reading}
        failure={engine.failure}
        kept={files}
        responses={view ? responses : null}
        onClear={reset}
      />
      <SurveyList surveys={surveys} forms={forms} labels={labels} />
      <Notes notes={view?.notes ?? []} labels={labels} />
      {view && responses > 0 && (
        <>
          <SettingsFields labels={labels} state={state} forms={forms} kpiYear={kpiYear} defaultYear={defaultYear} />
          <Results {...{ result: view.result, labels, ready, sections, meta, year: kpiYear, kpiPath }} />
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
