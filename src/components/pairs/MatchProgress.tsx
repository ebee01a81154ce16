// How far a running matching has gone, with the button that stops it.
import { useEffect, useState } from 'preact/hooks';
import type { MatchProgress as Progress } from '../../lib/pairs/match.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';
import type { Matching } from './useMatching.ts';
import { n } from '../shared/Pager.tsx';

function stageText(progress: Progress, labels: PairsLabels): string {
  // Formatted only for the stage that shows them.
  const numbers = () => ({ done: n(progress.done), total: n(progress.total) });
  switch (progress.stage) {
    case 'prepare':
      return labels['progress.prepare'];
    case 'score':
      return labels['progress.score'];
    case 'solve':
      return fill(progress.done > 0 ? labels['progress.solve'] : labels['progress.solveStart'], numbers());
    case 'explain':
      return labels['progress.explain'];
  }
}

export function MatchProgress({ matching, labels }: { matching: Matching; labels: PairsLabels }) {
  const [progress, setProgress] = useState<Progress>({ stage: 'prepare', done: 0, total: 0 });
  useEffect(() => matching.watch(setProgress), []);
  const counting = progress.stage === 'solve' && progress.total > 0;
  return (
    <div class="pairs-progress">
      <progress
        aria-label={labels.progressLabel}
        max={counting ? progress.total : undefined}
        value={counting ? progress.done : undefined}
      />
      <p role="status">{stageText(progress, labels)}</p>
      <p class="pairs-hint">{labels.progressHint}</p>
      <button type="button" onClick={matching.cancel}>
        {labels.cancel}
      </button>
    </div>
  );
}
