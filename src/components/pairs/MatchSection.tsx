// The matching: messages about the decisions and settings, the button, the progress of a running matching with
// its «Прервать», and the result.
import type { Decision } from '../../lib/pairs/decisions.ts';
import type { People } from '../../lib/pairs/output.ts';
import type { InputIssue, MatchResult, PairsState } from '../../lib/pairs/types.ts';
import type { PairsLabels } from './labels.ts';
import { MatchProgress } from './MatchProgress.tsx';
import { Results } from './Results.tsx';
import type { Matching } from './useMatching.ts';

interface Props {
  state: PairsState;
  issues: InputIssue[];
  result: MatchResult | null;
  stale: boolean;
  matching: Matching;
  ready: boolean;
  people: People;
  today: string;
  base: string;
  labels: PairsLabels;
  onMatch: () => void;
  onDecide: (decision: Decision) => void;
}

export function MatchSection(props: Props) {
  const { state, issues, result, stale, matching, labels } = props;
  return (
    <section aria-labelledby="pairs-result-heading">
      <h3 id="pairs-result-heading">{labels.result}</h3>
      {issues.length > 0 && (
        <ul class="pairs-issues">
          {issues.map((issue, i) => (
            <li key={i} class={issue.level === 'error' ? 'pairs-issue--error' : 'pairs-issue--warning'}>
              <span class="pairs-issue-level">{issue.level === 'error' ? labels.error : labels.warning}</span>{' '}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <div class="pairs-buttons">
        <button type="button" class="pairs-primary" disabled={!props.ready || matching.running} onClick={props.onMatch}>
          {result ? labels.rematch : labels.match}
        </button>
      </div>
      {matching.running && <MatchProgress matching={matching} labels={labels} />}
      {matching.ended && (
        <p class="pairs-hint" role="alert">
          {matching.ended === 'cancelled' ? labels.cancelled : labels.failed}
        </p>
      )}
      {stale && <p class="pairs-hint pairs-stale">{labels.stale}</p>}
      {result && (
        <Results
          result={result}
          people={props.people}
          order={state.order}
          fixed={state.fixed}
          forbidden={state.forbidden}
          today={props.today}
          base={props.base}
          labels={labels}
          onDecide={props.onDecide}
        />
      )}
    </section>
  );
}
