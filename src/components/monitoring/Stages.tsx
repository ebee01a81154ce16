// Stage 1 (the process: scale questions from strongest to weakest, curators' conclusions) and stage 2
// (growth: a respondent's first answer against the last), each questionnaire with its chart and table.
import type { MonitoringResult } from '../../lib/monitoring/analyse.ts';
import type { GrowthRow } from '../../lib/monitoring/stats.ts';
import { BarChart } from './BarChart.tsx';
import { fill } from '../../lib/island-labels.ts';
import { formatNumber, type MonitoringLabels } from './labels.ts';

interface Props {
  result: MonitoringResult;
  labels: MonitoringLabels;
  ready: boolean;
}

export function StageOne({ result, labels, ready }: Props) {
  const forms = result.overall.forms.filter((f) => f.ranked.length > 0);
  return (
    <section aria-labelledby="mon-stage1">
      <h3 id="mon-stage1">{labels.stage1Heading}</h3>
      <p>{labels.stage1Intro}</p>
      {forms.map((f) => {
        const strong = f.ranked.slice(0, 3);
        const weak = f.ranked
          .slice(-3)
          .reverse()
          .filter((q) => !strong.includes(q));
        return (
          <div key={f.formId}>
            <h4>{f.title}</h4>
            <BarChart
              id={`means-${f.formId}`}
              title={fill(labels.chartMeans, { title: f.title })}
              tableLabel={labels.chartTable}
              categoryLabel={labels.colQuestion}
              categories={f.ranked.map((q) => q.label)}
              series={[{ label: labels.colMean, values: f.ranked.map((q) => q.mean) }]}
              ready={ready}
            />
            <p>
              <strong>{labels.strong}:</strong> {strong.map((q) => `«${q.label}» (${formatNumber(q.mean)})`).join('; ')}
              .
            </p>
            {weak.length > 0 && (
              <p>
                <strong>{labels.weak}:</strong> {weak.map((q) => `«${q.label}» (${formatNumber(q.mean)})`).join('; ')}.
              </p>
            )}
          </div>
        );
      })}
      {result.curatorNotes.length > 0 && (
        <div>
          <h4>{labels.curatorNotes}</h4>
          {result.curatorNotes.map((n) => (
            <dl class="mon-notes-list" key={n.source}>
              <dt>{n.organisation}</dt>
              {[n.strengths, n.weaknesses, n.opportunities, n.risks, n.decisions].filter(Boolean).map((t, i) => (
                <dd key={i}>{t}</dd>
              ))}
            </dl>
          ))}
        </div>
      )}
    </section>
  );
}

export function StageTwo({ result, labels, ready }: Props) {
  const forms = result.overall.forms.filter((f) => f.growth.length > 0);
  return (
    <section aria-labelledby="mon-stage2">
      <h3 id="mon-stage2">{labels.stage2Heading}</h3>
      <p>{labels.stage2Intro}</p>
      {forms.length === 0 && <p>{labels.noGrowth}</p>}
      {forms.map((f) => (
        <div key={f.formId}>
          <h4>{f.title}</h4>
          <BarChart
            id={`growth-${f.formId}`}
            title={fill(labels.chartGrowth, { title: f.title })}
            tableLabel={labels.chartTable}
            categoryLabel={labels.colQuestion}
            categories={f.growth.map((g) => g.label)}
            series={[
              { label: labels.colBefore, values: f.growth.map((g) => g.before) },
              { label: labels.colAfter, values: f.growth.map((g) => g.after) },
            ]}
            ready={ready}
          />
          <div class="mon-scroll" tabIndex={0} role="region" aria-label={`${labels.stage2Heading}: ${f.title}`}>
            <GrowthTable title={f.title} growth={f.growth} labels={labels} />
          </div>
        </div>
      ))}
    </section>
  );
}

/** A questionnaire's growth, a row a question: pairs, the first and last mean, the change, who improved. */
function GrowthTable({ title, growth, labels }: { title: string; growth: GrowthRow[]; labels: MonitoringLabels }) {
  const columns = [
    labels.colQuestion,
    labels.colPairs,
    labels.colBefore,
    labels.colAfter,
    labels.colChange,
    labels.colImproved,
  ];
  return (
    <table class="mon-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          {columns.map((t) => (
            <th scope="col" key={t}>
              {t}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {growth.map((g) => (
          <tr key={g.fieldId}>
            <th scope="row">{g.label}</th>
            <td class="mon-num">{g.pairs}</td>
            <td class="mon-num">{formatNumber(g.before)}</td>
            <td class="mon-num">{formatNumber(g.after)}</td>
            <td class="mon-num">
              {(g.change ?? 0) > 0 ? '+' : ''}
              {formatNumber(g.change)}
            </td>
            <td class="mon-num">
              {g.improved} / {g.worsened}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
