// The report's settings: the organisation, the period and the school year (or all from «Моя школа»), the
// satisfaction threshold of each questionnaire that has one, and the stage the figures are counted for.
import { Fragment } from 'preact';
import type { Settings } from '../../lib/monitoring/analyse.ts';
import type { MonitoredForm, Stage } from '../../lib/monitoring/questionnaires.ts';
import { defaultPeriod, settingsFromProfile, stageOptions, thresholdOf } from '../../lib/monitoring/tool-text.ts';
import { fill } from '../../lib/island-labels.ts';
import { FromProfile } from '../school/FromProfile.tsx';
import type { MonitoringLabels } from './labels.ts';
import type { MonitoringState } from './useMonitoringState.ts';

interface Props {
  labels: MonitoringLabels;
  state: MonitoringState;
  forms: MonitoredForm[];
  kpiYear: number;
  defaultYear: number;
}

export function SettingsFields({ labels, state, forms, kpiYear, defaultYear }: Props) {
  const { organisation, period, year, settings } = state.persist.state;
  const fromProfile = (profile: Parameters<typeof settingsFromProfile>[0]) => {
    const taken = settingsFromProfile(profile);
    state.setOrganisation(taken.organisation);
    if (taken.year !== null) state.setYear(taken.year);
    return undefined;
  };
  return (
    <fieldset class="mon-settings">
      <legend>{labels.settingsHeading}</legend>
      <FromProfile labels={{ apply: labels.fromProfile, done: labels.fromProfileDone }} onApply={fromProfile} />
      <div class="mon-grid">
        <label for="mon-organisation">{labels.organisation}</label>
        <input
          id="mon-organisation"
          type="text"
          maxLength={300}
          value={organisation}
          onInput={(e) => state.setOrganisation(e.currentTarget.value)}
        />
        <label for="mon-period">{labels.period}</label>
        <input
          id="mon-period"
          type="text"
          maxLength={100}
          value={period}
          placeholder={defaultPeriod(kpiYear)}
          onInput={(e) => state.setPeriod(e.currentTarget.value)}
        />
        <label for="mon-year">{labels.schoolYear}</label>
        <input
          id="mon-year"
          type="number"
          min={2000}
          max={2100}
          step={1}
          value={year || String(defaultYear)}
          onInput={(e) => state.setYear(e.currentTarget.value)}
        />
        <ThresholdFields labels={labels} forms={forms} settings={settings} setSettings={state.setSettings} />
        <StageSelect labels={labels} settings={settings} setSettings={state.setSettings} />
      </div>
    </fieldset>
  );
}

interface FieldProps {
  labels: MonitoringLabels;
  settings: Settings;
  setSettings: (next: (s: Settings) => Settings) => void;
}

function ThresholdFields({ labels, forms, settings, setSettings }: FieldProps & { forms: MonitoredForm[] }) {
  const set = (formId: string, typed: string) => {
    const value = thresholdOf(typed);
    if (value !== null) setSettings((s) => ({ ...s, thresholds: { ...s.thresholds, [formId]: value } }));
  };
  return (
    <>
      {forms
        .filter((f) => f.spec.satisfaction)
        .map((f) => (
          <Fragment key={f.id}>
            <label for={`mon-threshold-${f.id}`}>{fill(labels.threshold, { title: f.title })}</label>
            <input
              id={`mon-threshold-${f.id}`}
              type="number"
              min={1}
              max={10}
              step={1}
              value={settings.thresholds[f.id] ?? f.spec.satisfaction!.threshold}
              onInput={(e) => set(f.id, e.currentTarget.value)}
            />
          </Fragment>
        ))}
    </>
  );
}

function StageSelect({ labels, settings, setSettings }: FieldProps) {
  return (
    <>
      <label for="mon-stage">{labels.stageFilter}</label>
      <select
        id="mon-stage"
        value={settings.stage}
        onChange={(e) => setSettings((s) => ({ ...s, stage: e.currentTarget.value as Stage | 'all' }))}
      >
        {stageOptions(labels).map(([s, text]) => (
          <option value={s} key={s}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}
