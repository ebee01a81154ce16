// The satisfaction indicators: a table per split (overall, by organisation, by form of mentoring) and a
// chart of the share satisfied by organisation.
import type { GroupResult, MonitoringResult } from '../../lib/monitoring/analyse.ts';
import { BarChart } from './BarChart.tsx';
import { formatNumber, type MonitoringLabels } from './labels.ts';

function SatisfactionTable({
  groups,
  caption,
  labels,
}: {
  groups: GroupResult[];
  caption: string;
  labels: MonitoringLabels;
}) {
  const rows = groups.flatMap((g) => g.forms.filter((f) => f.satisfaction).map((f) => ({ group: g.label, form: f })));
  if (rows.length === 0) return null;
  return (
    <div class="mon-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="mon-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.colGroup}</th>
            <th scope="col">{labels.colQuestionnaire}</th>
            <th scope="col">{labels.colAnswered}</th>
            <th scope="col">{labels.colSatisfied}</th>
            <th scope="col">{labels.colPercent}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ group, form }) => (
            <tr key={`${group}|${form.formId}`}>
              <th scope="row">{group}</th>
              <td>{form.title}</td>
              <td class="mon-num">{form.satisfaction!.answered}</td>
              <td class="mon-num">
                {form.satisfaction!.satisfied} (≥&nbsp;{form.satisfaction!.threshold})
              </td>
              <td class="mon-num">{formatNumber(form.satisfaction!.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Indicators({
  result,
  labels,
  ready,
}: {
  result: MonitoringResult;
  labels: MonitoringLabels;
  ready: boolean;
}) {
  const withSatisfaction = result.overall.forms.filter((f) => f.satisfaction);
  const schools = result.bySchool.length > 0 ? result.bySchool : [result.overall];
  return (
    <section aria-labelledby="mon-indicators">
      <h3 id="mon-indicators">{labels.indicatorsHeading}</h3>
      <p>{labels.indicatorsIntro}</p>
      <SatisfactionTable groups={[result.overall]} caption={labels.overall} labels={labels} />
      {withSatisfaction.length > 0 && (
        <BarChart
          id="satisfaction"
          title={labels.chartSatisfaction}
          tableLabel={labels.chartTable}
          categoryLabel={labels.colGroup}
          categories={schools.map((g) => g.label)}
          series={withSatisfaction.map((f) => ({
            label: f.title,
            values: schools.map((g) => g.forms.find((x) => x.formId === f.formId)?.satisfaction?.percent ?? null),
          }))}
          max={100}
          ready={ready}
        />
      )}
      {result.bySchool.length > 1 && (
        <SatisfactionTable groups={result.bySchool} caption={labels.bySchool} labels={labels} />
      )}
      {result.byForm.length > 0 && <SatisfactionTable groups={result.byForm} caption={labels.byForm} labels={labels} />}
    </section>
  );
}
