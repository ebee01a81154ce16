// Runs the matching in a Web Worker (src/lib/pairs/match.worker.ts) so the page answers while a large list is
// matched: progress as it comes, a way to stop, and the result or a Russian message at the end. Where a worker
// cannot start or load, the matching runs on the page as it did before.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchProgress } from '../../lib/pairs/match.ts';
import type { MatchInput, MatchMessage } from '../../lib/pairs/match.worker.ts';
import type { MatchResult } from '../../lib/pairs/types.ts';

export interface Matching {
  /** A matching runs. */
  running: boolean;
  /**
   * Follows the progress of the running matching; returns the way to stop following. Only the progress bar
   * listens, so the whole tool does not render again ten times a second while a large list is matched.
   */
  watch: (listener: (progress: MatchProgress) => void) => () => void;
  /** Why the last run gave no result: stopped by the user or failed; null otherwise. */
  ended: 'cancelled' | 'failed' | null;
  start: (input: MatchInput, done: (result: MatchResult) => void) => void;
  cancel: () => void;
}

const startWorker = (): Worker | null => {
  try {
    return new Worker(new URL('../../lib/pairs/match.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
};

/** Only the fields the matching reads: the order and the saved result stay on the page. */
const inputOf = ({ mentees, mentors, settings, fixed, forbidden }: MatchInput): MatchInput => ({
  mentees,
  mentors,
  settings,
  fixed,
  forbidden,
});

/**
 * On the page itself: where no worker starts, or its file did not load (offline before it was cached). The
 * matching's code is loaded then, so the page does not carry it twice (it is in the worker's file).
 */
async function onThePage(input: MatchInput, done: (result: MatchResult) => void): Promise<boolean> {
  try {
    const { matchPairs } = await import('../../lib/pairs/match.ts');
    done(matchPairs(inputOf(input)));
    return true;
  } catch {
    return false;
  }
}

/** The progress of the running matching, for the listeners only: publishing it renders nothing else. */
function useProgress() {
  const last = useRef<MatchProgress>({ stage: 'prepare', done: 0, total: 0 });
  const listeners = useRef(new Set<(progress: MatchProgress) => void>());
  const publish = (progress: MatchProgress) => {
    last.current = progress;
    for (const listener of listeners.current) listener(progress);
  };
  const watch = (listener: (progress: MatchProgress) => void) => {
    listeners.current.add(listener);
    listener(last.current);
    return () => {
      listeners.current.delete(listener);
    };
  };
  return { publish, watch };
}

/** A worker started when the tool opens, waiting for the first run; `stop` ends the running one on leaving. */
function useSpareWorker(stop: () => void) {
  const spare = useRef<Worker | null>(null);
  useEffect(() => {
    const ahead = startWorker();
    // A worker whose file did not load is dropped; the run then starts another or matches on the page.
    if (ahead)
      ahead.onerror = () => {
        if (spare.current === ahead) spare.current = null;
      };
    spare.current = ahead;
    return () => {
      stop();
      spare.current?.terminate();
    };
  }, []);
  return spare;
}

export function useMatching(): Matching {
  const [running, setRunning] = useState(false);
  const [ended, setEnded] = useState<Matching['ended']>(null);
  const { publish, watch } = useProgress();
  const setProgress = (progress: MatchProgress | null) => {
    setRunning(progress !== null);
    if (progress) publish(progress);
  };
  /** The running worker, and one started ahead so a click does not wait for the worker's file to load. */
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  const spare = useSpareWorker(stop);

  const here = (input: MatchInput, done: (result: MatchResult) => void) => {
    void onThePage(input, done).then((ok) => {
      if (!ok) setEnded('failed');
    });
  };

  const start = (input: MatchInput, done: (result: MatchResult) => void) => {
    stop();
    setEnded(null);
    const running = spare.current ?? startWorker();
    spare.current = null;
    if (!running) return here(input, done);
    worker.current = running;
    setProgress({ stage: 'prepare', done: 0, total: input.mentees.length });
    running.onmessage = (event: MessageEvent<MatchMessage>) => {
      if (worker.current !== running) return;
      const message = event.data;
      if (message.kind === 'progress') return setProgress(message.progress);
      // Finished: the worker waits for the next run as the spare one.
      worker.current = null;
      spare.current = running;
      setProgress(null);
      if (message.kind === 'done') done(message.result);
      else setEnded('failed');
    };
    running.onerror = () => {
      if (worker.current !== running) return;
      stop();
      setProgress(null);
      here(input, done);
    };
    running.postMessage(inputOf(input));
  };

  const cancel = () => {
    if (!worker.current) return;
    stop();
    setProgress(null);
    setEnded('cancelled');
  };
  return { running, watch, ended, start, cancel };
}
