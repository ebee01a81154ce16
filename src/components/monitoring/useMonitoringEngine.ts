// The monitoring's engine on the page: it holds the answers and counts them in its worker (engine-client.ts).
// `held` is what it was last given, `view` what it answered; the page's answers and settings go to it on change.
import type { MutableRef } from 'preact/hooks';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/island-labels.ts';
import { failureText } from '../../lib/lazy-module.ts';
import type { Settings } from '../../lib/monitoring/analyse.ts';
import type { MonitoringView } from '../../lib/monitoring/engine.ts';
import type { Batch } from '../../lib/monitoring/pipeline.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { TaskCancelled } from '../../lib/worker/task.ts';
import { EngineClient } from './engine-client.ts';
import type { MonitoringState } from './useMonitoringState.ts';

export interface MonitoringEngine {
  /** The engine, started the first time it is needed. */
  client: () => EngineClient;
  /** Null while the engine does not have the page's answers (none given yet, or a fresh one after a cancel). */
  held: MutableRef<{ batches: Batch[]; settings: Settings } | null>;
  /** Whether the engine has been started at all. */
  started: () => boolean;
  view: MonitoringView | null;
  setView: (view: MonitoringView) => void;
  failure: string;
  setFailure: (text: string) => void;
  /** Shows a failure in words; a cancelled task is no failure. */
  failed: (error: unknown) => void;
  /** Asks a fresh engine for the figures of the page's answers again. */
  resync: () => void;
}

export function useMonitoringEngine(
  forms: MonitoredForm[],
  { persist, latest }: MonitoringState,
  engineFailed: string,
): MonitoringEngine {
  const { ready } = persist;
  const { batches, settings } = persist.state;
  const engine = useRef<EngineClient | null>(null);
  const held = useRef<{ batches: Batch[]; settings: Settings } | null>(null);
  const [view, setView] = useState<MonitoringView | null>(null);
  const [failure, setFailure] = useState('');
  const [resync, setResync] = useState(0);
  const client = () => (engine.current ??= new EngineClient(forms, () => latest.current));
  const failed = (error: unknown) => {
    if (error instanceof TaskCancelled) return;
    setFailure(fill(engineFailed, { message: failureText(error, '{message}') }));
  };
  useEffect(() => {
    if (!ready) return;
    const had = held.current;
    if (had?.batches === batches && had.settings === settings) return;
    held.current = { batches, settings };
    // Nothing read yet: the worker starts when files are chosen.
    if (batches.length === 0 && !engine.current) return;
    const asked = had?.batches === batches ? client().recount(settings) : client().set(batches, settings);
    asked.then(setView, failed);
  }, [ready, batches, settings, resync]);
  useEffect(() => () => engine.current?.close(), []);
  const started = () => engine.current !== null;
  return { client, held, started, view, setView, failure, setFailure, failed, resync: () => setResync((n) => n + 1) };
}
