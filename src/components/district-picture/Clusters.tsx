// The cluster rules the district sets (which indicators, two thresholds each), stated in words, and the schools
// grouped by them with the reasons per school. The rules are saved with the district's data.
import { fill } from '../../lib/island-labels.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import { clusterNames, rulesText, type ClusterResult, type ClusterRules } from '../../lib/district-picture/clusters.ts';
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

const shown = (value: number) => (Number.isFinite(value) ? String(value).replace('.', ',') : '');
const parsed = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

export function Clusters({ labels, indicators, rules, errors, clusters, onRules }: Props) {
  const rows = usePaged(clusters);
  const ruleOf = (order: number) => rules.rules.find((r) => r.order === order);
  const toggle = (order: number, on: boolean) =>
    onRules({
      rules: on
        ? [...rules.rules, { order, low: 0, high: 0 }].sort((a, b) => a.order - b.order)
        : rules.rules.filter((r) => r.order !== order),
    });
  const edit = (order: number, field: 'low' | 'high', text: string) =>
    onRules({ rules: rules.rules.map((r) => (r.order === order ? { ...r, [field]: parsed(text) } : r)) });
  return (
    <section aria-labelledby="dp-clusters-heading">
      <h3 id="dp-clusters-heading">{labels.clustersHeading}</h3>
      <fieldset>
        <legend>{labels.rulesLegend}</legend>
        <p class="dp-hint">{labels.rulesHint}</p>
        {indicators.map((i) => {
          const rule = ruleOf(i.order);
          const unit = i.unit === 'percent' ? '%' : labels.units;
          return (
            <div class="dp-rule" key={i.order}>
              <label>
                <input type="checkbox" checked={!!rule} onChange={(e) => toggle(i.order, e.currentTarget.checked)} />№{' '}
                {i.order}. {i.title}
              </label>
              {rule && (
                <div class="dp-row">
                  <label>
                    {fill(labels.lowLabel, { unit })}
                    <input
                      type="text"
                      inputMode="decimal"
                      size={6}
                      value={shown(rule.low)}
                      onChange={(e) => edit(i.order, 'low', e.currentTarget.value)}
                    />
                  </label>
                  <label>
                    {fill(labels.highLabel, { unit })}
                    <input
                      type="text"
                      inputMode="decimal"
                      size={6}
                      value={shown(rule.high)}
                      onChange={(e) => edit(i.order, 'high', e.currentTarget.value)}
                    />
                  </label>
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {errors.length > 0 ? (
        <ul class="dp-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : (
        <>
          <h4>{labels.rulesStated}</h4>
          <ul data-testid="dp-rules">
            {rulesText(rules, indicators).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>
            {clusterNames.map((c) => `${c}: ${clusters.filter((r) => r.cluster === c).length}`).join('; ')};{' '}
            {fill(labels.noCluster, { n: clusters.filter((r) => r.cluster === null).length })}
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
      )}
    </section>
  );
}
