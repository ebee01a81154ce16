// The suggested pairs with why each was made, the curator's fix and forbid, the link to each pair's plan,
// the mentees left without a mentor with the reason, and the decisions taken so far. Long lists come in pages.
import { useEffect, useState } from 'preact/hooks';
import { personName, type People } from '../../lib/pairs/output.ts';
import type { Decision } from '../../lib/pairs/decisions.ts';
import { quickAbove } from '../../lib/pairs/quick-threshold.ts';
import type { MatchResult, OrderDetails, PairRef } from '../../lib/pairs/types.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';
import { PairCard, pairName, type PairContext } from './PairCard.tsx';
import { Pager, pageOf, pageSize } from '../shared/Pager.tsx';

interface Props {
  result: MatchResult;
  people: People;
  order: OrderDetails;
  fixed: PairRef[];
  forbidden: PairRef[];
  today: string;
  base: string;
  labels: PairsLabels;
  onDecide: (decision: Decision) => void;
}

export function Results({ result, people, order, fixed, forbidden, today, base, labels, onDecide }: Props) {
  const [linkNames, setLinkNames] = useState(false);
  const context: PairContext = { people, order, today, base, linkNames, labels, onDecide };
  return (
    <div class="pairs-results">
      <p role="status">
        {fill(labels.summary, { pairs: result.pairs.length, unmatched: result.unmatched.length, total: result.total })}
      </p>
      {result.quick && <p class="pairs-hint">{fill(labels.quick, { cells: quickAbove.toLocaleString('ru-RU') })}</p>}
      {result.pairs.length > 0 && !people.codesOnly && (
        <div class="pairs-link-names">
          <label class="pairs-option">
            <input
              type="checkbox"
              checked={linkNames}
              aria-describedby="pairs-link-names-hint"
              onChange={(event) => setLinkNames(event.currentTarget.checked)}
            />{' '}
            {labels.linkNames}
          </label>
          <p class="pairs-hint" id="pairs-link-names-hint">
            {labels.linkNamesHint}
          </p>
        </div>
      )}
      <PairList result={result} context={context} />
      <Unmatched result={result} people={people} labels={labels} />
      <Decisions fixed={fixed} forbidden={forbidden} people={people} labels={labels} onDecide={onDecide} />
    </div>
  );
}

/** The page shown goes back to the first when a new result comes. */
function usePage(result: MatchResult) {
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [result]);
  return [page, setPage] as const;
}

function PairList({ result, context }: { result: MatchResult; context: PairContext }) {
  const [page, setPage] = usePage(result);
  if (result.pairs.length === 0) return null;
  const { shown, page: at } = pageOf(result.pairs, page);
  return (
    <>
      <ol class="pairs-cards" aria-label={context.labels.pairsTable} start={at * pageSize + 1}>
        {shown.map((pair) => (
          <PairCard key={`${pair.mentor}-${pair.mentee}`} pair={pair} context={context} />
        ))}
      </ol>
      <Pager
        page={at}
        count={result.pairs.length}
        name={context.labels.pagePairs}
        labels={context.labels}
        onPage={setPage}
        class="pairs-pager"
        buttonClass="pairs-small"
      />
    </>
  );
}

function Unmatched({ result, people, labels }: { result: MatchResult; people: People; labels: PairsLabels }) {
  const [page, setPage] = usePage(result);
  if (result.unmatched.length === 0) return null;
  const { shown, page: at } = pageOf(result.unmatched, page);
  return (
    <>
      <h4>{labels.unmatched}</h4>
      <ul class="pairs-unmatched">
        {shown.map((u) => (
          <li key={u.mentee}>
            <strong>{personName(people, u.mentee, 'mentees')}</strong>: {u.reason}
          </li>
        ))}
      </ul>
      <Pager
        page={at}
        count={result.unmatched.length}
        name={labels.pageUnmatched}
        labels={labels}
        onPage={setPage}
        class="pairs-pager"
        buttonClass="pairs-small"
      />
    </>
  );
}

interface DecisionsProps {
  fixed: PairRef[];
  forbidden: PairRef[];
  people: People;
  labels: PairsLabels;
  onDecide: (decision: Decision) => void;
}

function Decisions({ fixed, forbidden, people, labels, onDecide }: DecisionsProps) {
  if (fixed.length === 0 && forbidden.length === 0) return null;
  const item = (pair: PairRef, kind: 'unfix' | 'allow') => {
    const name = pairName(people, pair);
    const [what, button, aria] =
      kind === 'unfix'
        ? [labels.fixedPair, labels.unfix, labels.unfixPair]
        : [labels.forbiddenPair, labels.allow, labels.allowPair];
    return (
      <li key={`${kind}-${pair.mentor}-${pair.mentee}`}>
        {what} {name}{' '}
        <button
          type="button"
          class="pairs-small"
          aria-label={fill(aria, { pair: name })}
          onClick={() => onDecide({ kind, pair })}
        >
          {button}
        </button>
      </li>
    );
  };
  return (
    <>
      <h4>{labels.decisions}</h4>
      <ul class="pairs-decisions">
        {fixed.map((pair) => item(pair, 'unfix'))}
        {forbidden.map((pair) => item(pair, 'allow'))}
      </ul>
    </>
  );
}
