// The suggested pairs with why each was made, the curator's fix and forbid, the link to each pair's plan,
// the mentees left without a mentor with the reason, and the decisions taken so far.
import { useState } from 'preact/hooks';
import { planLink, personName, type People } from '../../lib/pairs/output.ts';
import type { MatchResult, OrderDetails, PairRef } from '../../lib/pairs/types.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';

interface Props {
  result: MatchResult;
  people: People;
  order: OrderDetails;
  fixed: PairRef[];
  forbidden: PairRef[];
  today: string;
  base: string;
  labels: PairsLabels;
  onFix: (pair: PairRef) => void;
  onUnfix: (pair: PairRef) => void;
  onForbid: (pair: PairRef) => void;
  onAllow: (pair: PairRef) => void;
}

const same = (a: PairRef) => (b: PairRef) => a.mentee === b.mentee && a.mentor === b.mentor;

export function Results({
  result,
  people,
  order,
  fixed,
  forbidden,
  today,
  base,
  labels,
  onFix,
  onUnfix,
  onForbid,
  onAllow,
}: Props) {
  const who = (code: string, list: 'mentees' | 'mentors') => {
    const name = personName(people, code, list);
    return name === code ? (
      <span>{code}</span>
    ) : (
      <span>
        {name} <span class="pairs-code">{code}</span>
      </span>
    );
  };
  const [linkNames, setLinkNames] = useState(false);
  const pairName = (pair: PairRef) =>
    `${personName(people, pair.mentor, 'mentors')} — ${personName(people, pair.mentee, 'mentees')}`;

  return (
    <div class="pairs-results">
      <p role="status">
        {fill(labels.summary, { pairs: result.pairs.length, unmatched: result.unmatched.length, total: result.total })}
      </p>
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
      {result.pairs.length > 0 && (
        <ol class="pairs-cards" aria-label={labels.pairsTable}>
          {result.pairs.map((pair) => (
            <li
              key={`${pair.mentor}-${pair.mentee}`}
              class={pair.fixed ? 'pairs-card pairs-card--fixed' : 'pairs-card'}
            >
              <p class="pairs-card-people">
                <span class="pairs-role">{labels.mentor}:</span> {who(pair.mentor, 'mentors')}
                <br />
                <span class="pairs-role">{labels.mentee}:</span> {who(pair.mentee, 'mentees')}
              </p>
              <p class="pairs-why">
                <span class="pairs-role">{labels.why}:</span> {pair.why}. {fill(labels.score, { n: pair.score })}
              </p>
              <div class="pairs-actions">
                {pair.fixed ? (
                  <button
                    type="button"
                    class="pairs-small"
                    aria-label={fill(labels.unfixPair, { pair: pairName(pair) })}
                    onClick={() => onUnfix(pair)}
                  >
                    {labels.unfix}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="pairs-small"
                    aria-label={fill(labels.fixPair, { pair: pairName(pair) })}
                    onClick={() => onFix(pair)}
                  >
                    {labels.fix}
                  </button>
                )}
                <button
                  type="button"
                  class="pairs-small"
                  aria-label={fill(labels.forbidPair, { pair: pairName(pair) })}
                  onClick={() => onForbid(pair)}
                >
                  {labels.forbid}
                </button>
                <a
                  href={planLink(pair, people, order, today, base, linkNames)}
                  aria-label={fill(labels.planPair, { pair: pairName(pair) })}
                >
                  {labels.plan}
                </a>
              </div>
            </li>
          ))}
        </ol>
      )}
      {result.unmatched.length > 0 && (
        <>
          <h4>{labels.unmatched}</h4>
          <ul class="pairs-unmatched">
            {result.unmatched.map((u) => (
              <li key={u.mentee}>
                <strong>{personName(people, u.mentee, 'mentees')}</strong>: {u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {(fixed.length > 0 || forbidden.length > 0) && (
        <>
          <h4>{labels.decisions}</h4>
          <ul class="pairs-decisions">
            {fixed.map((pair) => (
              <li key={`f-${pair.mentor}-${pair.mentee}`}>
                {labels.fixedPair} {pairName(pair)}{' '}
                <button
                  type="button"
                  class="pairs-small"
                  aria-label={fill(labels.unfixPair, { pair: pairName(pair) })}
                  onClick={() => onUnfix(pair)}
                >
                  {labels.unfix}
                </button>
              </li>
            ))}
            {forbidden.map((pair) => (
              <li key={`x-${pair.mentor}-${pair.mentee}`}>
                {labels.forbiddenPair} {pairName(pair)}{' '}
                <button
                  type="button"
                  class="pairs-small"
                  aria-label={fill(labels.allowPair, { pair: pairName(pair) })}
                  onClick={() => onAllow(pair)}
                >
                  {labels.allow}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export { same };
