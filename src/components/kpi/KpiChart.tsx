// Targets against actuals for one indicator: a chart.js line chart drawn in the browser, with the same
// numbers as a table and a one-sentence summary, both rendered on the server. chart.js loads after the
// island hydrates, with only the pieces a line chart needs registered.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Chart as ChartType } from 'chart.js';
import { chartDatasets, chartOptions, chartSeries, type ChartSeries } from '../../lib/kpi/chart.ts';
import type { IndicatorResult, KpiIndicator } from '../../lib/kpi/types.ts';
import { fill } from '../../lib/island-labels.ts';
import { formatNumber, type KpiLabels } from './labels.ts';
import { unitOf } from './ResultsTable.tsx';

interface Props {
  indicator: KpiIndicator;
  row: IndicatorResult;
  monitoring: boolean;
  labels: KpiLabels;
  /** False in the server render: the canvas appears only where a script will draw on it. */
  ready: boolean;
}

export function chartSummary(
  indicator: KpiIndicator,
  row: IndicatorResult,
  monitoring: boolean,
  labels: KpiLabels,
): string {
  const cells = row.years.filter((c) => c.people !== null);
  if (cells.length === 0) return labels.chartEmpty;
  const unit = unitOf(indicator, labels);
  const show = (c: (typeof cells)[number]) =>
    indicator.unit === 'percent'
      ? `${formatNumber(c.target!)} % (${formatNumber(c.people!)} ${unit})`
      : `${formatNumber(c.people!)} ${unit}`;
  const first = cells[0]!;
  const last = cells.at(-1)!;
  const target = fill(labels.summaryTarget, {
    order: indicator.order,
    from: show(first),
    first: first.year,
    to: show(last),
    last: last.year,
  });
  if (!monitoring) return target;
  const entered = row.years.filter((c) => c.actual !== null);
  if (entered.length === 0) return `${target} ${labels.summaryNoActual}`;
  const reached = entered.filter((c) => c.status?.kind === 'reached').length;
  return `${target} ${fill(labels.summaryActual, { entered: entered.length, total: row.years.length, reached })}`;
}

/** Draws the chart with chart.js, loaded once the island runs; redrawn when the plotted numbers change. */
function useChart(canvas: RefObject<HTMLCanvasElement>, data: ChartSeries, props: Props, draw: boolean) {
  const { monitoring, labels } = props;
  const percent = props.indicator.unit === 'percent';
  const chart = useRef<ChartType | null>(null);
  const key = JSON.stringify([data, monitoring, percent]);
  useEffect(() => {
    if (!draw || !canvas.current) return;
    let cancelled = false;
    void (async () => {
      const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend } = await import(
        'chart.js'
      );
      if (cancelled || !canvas.current) return;
      // No Tooltip plugin: the table beside the chart gives every value, and tooltips (4.7 KB gzip) took the
      // calculator's page past its 90 KB budget.
      Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend);
      const style = getComputedStyle(canvas.current);
      const color = (name: string) => style.getPropertyValue(name).trim() || '#555';
      const look = { target: labels.chartTarget, actual: labels.chartActual, units: labels.units, color };
      chart.current?.destroy();
      chart.current = new Chart(canvas.current, {
        type: 'line',
        data: { labels: data.years, datasets: chartDatasets(data, monitoring, look) },
        options: chartOptions(percent, look),
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [key, draw]);
  useEffect(() => () => chart.current?.destroy(), []);
}

/** The chart's numbers as a table: every value the chart draws, for those who do not see it. */
function ChartTable({ row, monitoring, labels, percent, unit }: Props & { percent: boolean; unit: string }) {
  const value = (n: number | null) => (n === null ? labels.noValue : formatNumber(n));
  return (
    <div class="kpi-scroll" tabIndex={0} role="region" aria-label={labels.chartTable}>
      <table class="kpi-table kpi-chart-table">
        <caption>{labels.chartTable}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.chartYear}</th>
            {percent && <th scope="col">{labels.chartTarget}, %</th>}
            <th scope="col">
              {labels.chartTarget}, {unit}
            </th>
            {monitoring && (
              <th scope="col">
                {labels.chartActual}, {unit}
              </th>
            )}
            {monitoring && percent && <th scope="col">{labels.chartActual}, %</th>}
          </tr>
        </thead>
        <tbody>
          {row.years.map((c) => (
            <tr key={c.year}>
              <th scope="row">{c.year}</th>
              {percent && <td class="kpi-num">{c.people === null ? labels.noValue : value(c.target)}</td>}
              <td class="kpi-num">{value(c.people)}</td>
              {monitoring && <td class="kpi-num">{value(c.actual)}</td>}
              {monitoring && percent && <td class="kpi-num">{value(c.actualPercent)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function KpiChart(props: Props) {
  const { indicator, row, monitoring, labels, ready } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const data = chartSeries(indicator.unit, row);
  const empty = data.target.every((v) => v === null);
  const summary = chartSummary(indicator, row, monitoring, labels);
  useChart(canvas, data, props, !empty && ready);
  return (
    <figure class="kpi-chart">
      <figcaption id="kpi-chart-summary">{summary}</figcaption>
      {!empty && ready && (
        <div class="kpi-chart-canvas">
          <canvas ref={canvas} role="img" aria-labelledby="kpi-chart-summary" />
        </div>
      )}
      {!empty && <ChartTable {...props} percent={indicator.unit === 'percent'} unit={unitOf(indicator, labels)} />}
    </figure>
  );
}
