// Runs the matching in a Web Worker (src/lib/pairs/match.worker.ts) so the page answers while a large list is
// matched: progress as it comes, a way to stop, and the result or a Russian message at the end. Where a worker
// cannot start or load, the matching runs on the page as it did before.
import { useEffect, useRef, useState } from 'preact/hooks';
import { matchPairs, type MatchProgress } from '../../lib/pairs/match.ts';
import type { MatchInput, MatchMessage } from '../../lib/pairs/match.worker.ts';
import type { MatchResult } from '../../lib/pairs/types.ts';

export interface Matching {
  /** Null when no matching runs. */
  progress: MatchProgress | null;
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

export function useMatching(): Matching {
  const [progress, setProgress] = useState<MatchProgress | null>(null);
  const [ended, setEnded] = useState<Matching['ended']>(null);
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  /** On the page itself: where no worker starts, or its file did not load (offline before it was cached). */
  const here = (input: MatchInput, done: (result: MatchResult) => void) => {
    try {
      done(matchPairs(inputOf(input)));
    } catch {
      setEnded('failed');
    }
  };

  const start = (input: MatchInput, done: (result: MatchResult) => void) => {
    stop();
    setEnded(null);
    const running = startWorker();
    if (!running) return here(input, done);
    worker.current = running;
    setProgress({ stage: 'prepare', done: 0, total: input.mentees.length });
    running.addEventListener('message', (event: MessageEvent<MatchMessage>) => {
      if (worker.current !== running) return;
      const message = event.data;
      if (message.kind === 'progress') return setProgress(message.progress);
      stop();
      setProgress(null);
      if (message.kind === 'done') done(message.result);
      else setEnded('failed');
    });
    running.addEventListener('error', () => {
      if (worker.current !== running) return;
      stop();
      setProgress(null);
      here(input, done);
    });
    running.postMessage(inputOf(input));
  };

  const cancel = () => {
    if (!worker.current) return;
    stop();
    setProgress(null);
    setEnded('cancelled');
  };
  return { progress, ended, start, cancel };
}
