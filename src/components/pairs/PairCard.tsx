// One suggested pair: who, why, and the curator's buttons (fix or unfix, forbid) with the link to the pair's plan.
import { planLink, personName, type People } from '../../lib/pairs/output.ts';
import type { Decision } from '../../lib/pairs/decisions.ts';
import type { OrderDetails, PairRef, SuggestedPair } from '../../lib/pairs/types.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';

export interface PairContext {
  people: People;
  order: OrderDetails;
  today: string;
  base: string;
  linkNames: boolean;
  labels: PairsLabels;
  onDecide: (decision: Decision) => void;
}

export const pairName = (people: People, pair: PairRef) =>
  `${personName(people, pair.mentor, 'mentors')} — ${personName(people, pair.mentee, 'mentees')}`;

function Who({ people, code, list }: { people: People; code: string; list: 'mentees' | 'mentors' }) {
  const name = personName(people, code, list);
  return name === code ? (
    <span>{code}</span>
  ) : (
    <span>
      {name} <span class="pairs-code">{code}</span>
    </span>
  );
}

export function PairCard({ pair, context }: { pair: SuggestedPair; context: PairContext }) {
  const { people, labels, onDecide } = context;
  const name = pairName(people, pair);
  const button = (kind: Decision['kind'], label: string, aria: string) => (
    <button
      type="button"
      class="pairs-small"
      aria-label={fill(aria, { pair: name })}
      onClick={() => onDecide({ kind, pair })}
    >
      {label}
    </button>
  );
  return (
    <li class={pair.fixed ? 'pairs-card pairs-card--fixed' : 'pairs-card'}>
      <p class="pairs-card-people">
        <span class="pairs-role">{labels.mentor}:</span> <Who people={people} code={pair.mentor} list="mentors" />
        <br />
        <span class="pairs-role">{labels.mentee}:</span> <Who people={people} code={pair.mentee} list="mentees" />
      </p>
      <p class="pairs-why">
        <span class="pairs-role">{labels.why}:</span> {pair.why}. {fill(labels.score, { n: pair.score })}
      </p>
      <div class="pairs-actions">
        {pair.fixed ? button('unfix', labels.unfix, labels.unfixPair) : button('fix', labels.fix, labels.fixPair)}
        {button('forbid', labels.forbid, labels.forbidPair)}
        <a
          href={planLink(pair, people, context.order, context.today, context.base, context.linkNames)}
          aria-label={fill(labels.planPair, { pair: name })}
        >
          {labels.plan}
        </a>
      </div>
    </li>
  );
}
