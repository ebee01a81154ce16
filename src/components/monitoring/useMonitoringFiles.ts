// Reading the chosen files into the monitoring: how many of how many are read, a way to stop, and what was read
// pooled by the engine and kept (a survey table waits for its column mapping in usePendingSurveys).
import { useRef, useState } from 'preact/hooks';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { rememberEncoding } from '../../lib/monitoring/storage.ts';
import { TaskCancelled } from '../../lib/worker/task.ts';
import { readFiles, type ReadOutcome } from './files.ts';
import type { MonitoringEngine } from './useMonitoringEngine.ts';
import type { MonitoringState } from './useMonitoringState.ts';
import type { PendingSurvey } from './SurveyMapping.tsx';

export interface MonitoringFiles {
  /** While files are read: how many of how many. */
  reading: { done: number; total: number } | null;
  /** The last reading was stopped. */
  cancelled: boolean;
  onFiles: (list: FileList | null) => Promise<void>;
  cancel: () => void;
}

interface Options {
  byId: Record<string, MonitoredForm>;
  expected: string;
  onSurveys: (surveys: PendingSurvey[]) => void;
}

export function useMonitoringFiles(
  state: MonitoringState,
  engine: MonitoringEngine,
  options: Options,
): MonitoringFiles {
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const cancelReading = useRef<() => void>(() => undefined);
  const keep = keeper(state, engine);

  const onFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const total = list.length;
    setCancelled(false);
    setReading({ done: 0, total });
    engine.setFailure('');
    const client = engine.client();
    const task = readFiles(client, [...list], options.byId, options.expected, (done) => setReading({ done, total }));
    cancelReading.current = task.cancel;
    try {
      const read = await task.result;
      await keep(read, total);
      options.onSurveys(read.surveys);
    } catch (error) {
      if (error instanceof TaskCancelled) {
        setCancelled(true);
        // The fresh engine has the page's answers; its figures are asked for again.
        engine.held.current = null;
        engine.resync();
      } else engine.failed(error);
    } finally {
      setReading(null);
    }
  };
  return { reading, cancelled, onFiles, cancel: () => cancelReading.current() };
}

/** Pools what was read in the engine, then keeps it with the page's answers and shows the new figures. */
function keeper({ persist, latest }: MonitoringState, engine: MonitoringEngine) {
  return async (read: ReadOutcome, total: number) => {
    const { settings: now, batches: before } = latest.current;
    const pooled = engine.held.current?.batches === before;
    const counted = await engine.client().commit(read.layout, now);
    const next = [...before, ...read.batches];
    // The worker's pool is the page's answers plus these, so its compact shape is theirs.
    if (pooled) rememberEncoding(next, counted.compact);
    engine.held.current = { batches: next, settings: now };
    persist.setState((s) => ({ ...s, files: s.files + total, batches: next }));
    engine.setView(counted.view);
  };
}
