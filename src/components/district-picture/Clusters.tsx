// The cluster rules the district sets (which indicators, two thresholds each), stated in words, and the schools
// grouped by them with the reasons per school. The rules are saved with the district's data.
import { fill } from '../../lib/island-labels.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import {
  rulesText,
  type ClusterResult,
  type ClusterRule,
  type ClusterRules,
} from '../../lib/district-picture/clusters.ts';
import { clusterTally, editRule, thresholdText, toggleRule } from '../../lib/district-picture/page-view.ts';
import type { PictureLabels } from './labels.ts';
import { Pager, usePaged } from '../shared/Pager.tsx';

interface Props {
  labels: PictureLabels;
  indicators: KpiIndicator[];
  rules: ClusterRules;
  errors: string[];
  clusters: ClusterResult[];
  onRules: (rules: ClusterRules) => void;
}

export function Clusters({ labels, indicators, rules, errors, clusters, onRules }: Props) {
  // The page of the table is kept while the rules are being corrected.
  const rows = usePaged(clusters);
  return (
    <section aria-labelledby="dp-clusters-heading">
      <h3 id="dp-clusters-heading">{labels.clustersHeading}</h3>
      <fieldset>
        <legend>{labels.rulesLegend}</legend>
        <p class="dp-hint">{labels.rulesHint}</p>
        {indicators.map((i) => (
          <RuleFields key={i.order} labels={labels} indicator={i} rules={rules} onRules={onRules} />
        ))}
      </fieldset>
      {errors.length > 0 ? (
        <ul class="dp-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : (
        <Grouped labels={labels} indicators={indicators} rules={rules} clusters={clusters} rows={rows} />
      )}
    </section>
  );
}

interface RuleProps {
  labels: PictureLabels;
  indicator: KpiIndicator;
  rules: ClusterRules;
  onRules: (rules: ClusterRules) => void;
}

/** One indicator: ticked into the rules, then its two thresholds. */
function RuleFields({ labels, indicator: i, rules, onRules }: RuleProps) {
  const rule = rules.rules.find((r) => r.order === i.order);
  const unit = i.unit === 'percent' ? '%' : labels.units;
  const threshold = (field: 'low' | 'high', label: string, r: ClusterRule) => (
    <label>
      {fill(label, { unit })}
      <input
        type="text"
        inputMode="decimal"
        size={6}
        value={thresholdText(r[field])}
        onChange={(e) => onRules(editRule(rules, i.order, field, e.currentTarget.value))}
      />
    </label>
  );
  return (
    <div class="dp-rule">
      <label>
        <input
          type="checkbox"
          checked={!!rule}
          onChange={(e) => onRules(toggleRule(rules, i.order, e.currentTarget.checked))}
        />
        № {i.order}. {i.title}
      </label>
      {rule && (
        <div class="dp-row">
          {threshold('low', labels.lowLabel, rule)}
          {threshold('high', labels.highLabel, rule)}
        </div>
      )}
    </div>
  );
}

/** The rules in words, how many schools each cluster has, and each school's cluster with the reasons. */
type GroupedProps = Omit<Props, 'errors' | 'onRules'> & { rows: ReturnType<typeof usePaged<ClusterResult>> };

function Grouped({ labels, indicators, rules, clusters, rows }: GroupedProps) {
  const tally = clusterTally(clusters);
  return (
    <>
      <h4>{labels.rulesStated}</h4>
      <ul data-testid="dp-rules">
        {rulesText(rules, indicators).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        {tally.line}; {fill(labels.noCluster, { n: tally.none })}
      </p>
      <div class="dp-scroll" tabIndex={0} role="group" aria-labelledby="dp-clusters-heading">
        <table class="dp-table" data-testid="dp-clusters">
          <thead>
            <tr>
              <th scope="col">{labels.school}</th>
              <th scope="col">{labels.cluster}</th>
              <th scope="col">{labels.reasons}</th>
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.name}</th>
                <td>{c.cluster ?? '—'}</td>
                <td>{c.reasons.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager {...rows.pager} name={labels.pageClusters} labels={labels} class="dp-pager" />
    </>
  );
}
