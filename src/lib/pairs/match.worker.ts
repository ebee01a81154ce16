// The matching off the page's thread: a district's 10,000 × 500 takes seconds, and the page must answer clicks
// meanwhile. It posts its progress at most every 100 ms, then the result; the page stops it by terminating it.
import { matchPairs, type MatchProgress } from './match.ts';
import type { MatchResult, PairsState } from './types.ts';

export type MatchInput = Pick<PairsState, 'mentees' | 'mentors' | 'settings' | 'fixed' | 'forbidden'>;
export type MatchMessage =
  | { kind: 'progress'; progress: MatchProgress }
  | { kind: 'done'; result: MatchResult }
  | { kind: 'failed'; message: string };

const post = (message: MatchMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<MatchInput>) => {
  let last = 0;
  try {
    const result = matchPairs(event.data, {
      onProgress: (progress) => {
        const now = performance.now();
        if (progress.done > 0 && now - last < 100) return;
        last = now;
        post({ kind: 'progress', progress });
      },
    });
    post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
