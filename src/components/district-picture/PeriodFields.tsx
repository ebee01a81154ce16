// The picture's period: the first and last year and the year looked at, and the year's targets taken from the
// KPI calculator (district mode) of this browser, where the district sets them.
import { useState } from 'preact/hooks';
import { fill } from '../../lib/island-labels.ts';
import { savedKpiState, storageKey as kpiStorageKey } from '../../lib/kpi/storage.ts';
import { targetsHint, yearInPeriod } from '../../lib/district-picture/page-view.ts';
import type { PictureState } from '../../lib/district-picture/storage.ts';
import { browserStorage } from '../shared/usePersistentState.ts';
import type { PictureLabels } from './labels.ts';

type Set = (change: Partial<PictureState>) => void;

/**
 * «Взять цели из калькулятора»: the click and what it said. Held by the island, so the note outlives the fields
 * (they are gone while no school is read).
 */
export function useCalculatorTargets(labels: PictureLabels, set: Set) {
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
  return { note: targetsNote, fromCalculator };
}

interface Props {
  labels: PictureLabels;
  state: PictureState;
  set: Set;
  targets: ReturnType<typeof useCalculatorTargets>;
}

export function PeriodFields({ labels, state, set, targets }: Props) {
  return (
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
        <button type="button" onClick={targets.fromCalculator}>
          {labels.fromCalculator}
        </button>
      </div>
      <p class="dp-hint" role="status">
        {targetsHint(targets.note, Object.keys(state.trajectories).length > 0, labels)}
      </p>
      {!yearInPeriod(state) && (
        <p class="dp-error" role="alert">
          {labels.yearError}
        </p>
      )}
    </fieldset>
  );
}
