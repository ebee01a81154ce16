// The monitoring's saved state: what was read from the files and the settings are kept across a reload (a survey
// awaiting its mapping is not), with a setter for each part and `latest` for work that outlives a render.
import type { MutableRef } from 'preact/hooks';
import { useRef } from 'preact/hooks';
import type { Settings } from '../../lib/monitoring/analyse.ts';
import { emptyMonitoring, monitoringSpec, storageKey, type MonitoringSaved } from '../../lib/monitoring/storage.ts';
import { usePersistentState, type Persistent } from '../shared/usePersistentState.ts';

export interface MonitoringState {
  persist: Persistent<MonitoringSaved>;
  /** The state as it is now, for a reading that ends after a render or two. */
  latest: MutableRef<MonitoringSaved>;
  change: <K extends keyof MonitoringSaved>(key: K, next: (value: MonitoringSaved[K]) => MonitoringSaved[K]) => void;
  setSettings: (next: (s: Settings) => Settings) => void;
  setOrganisation: (value: string) => void;
  setPeriod: (value: string) => void;
  setYear: (value: string) => void;
}

export function useMonitoringState(): MonitoringState {
  const persist = usePersistentState<MonitoringSaved>({
    spec: monitoringSpec,
    initial: emptyMonitoring(),
    key: () => storageKey,
  });
  const latest = useRef(persist.state);
  latest.current = persist.state;
  const change = <K extends keyof MonitoringSaved>(key: K, next: (value: MonitoringSaved[K]) => MonitoringSaved[K]) =>
    persist.setState((s) => ({ ...s, [key]: next(s[key]) }));
  return {
    persist,
    latest,
    change,
    setSettings: (next) => change('settings', next),
    setOrganisation: (value) => change('organisation', () => value),
    setPeriod: (value) => change('period', () => value),
    setYear: (value) => change('year', () => value),
  };
}
