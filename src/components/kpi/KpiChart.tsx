// Targets against actuals for one indicator: a chart.js line chart drawn in the browser, with the same
// numbers as a table and a one-sentence summary, both rendered on the server. chart.js loads after the
// island hydrates, with only the pieces a line chart needs registered.
import { useEffect, useRef } from 'preact/hooks';
import type { Chart as ChartType } from 'chart.js';
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

/** The plotted values: shares in %, counts in units. */
function series(indicator: KpiIndicator, row: IndicatorResult) {
  const percent = indicator.unit === 'percent';
  return {
    years: row.years.map((c) => String(c.year)),
    target: row.years.map((c) => (c.people === null ? null : percent ? c.target : c.people)),
    actual: row.years.map((c) => (percent ? c.actualPercent : c.actual)),
  };
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

export function KpiChart({ indicator, row, monitoring, labels, ready }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType | null>(null);
  const data = series(indicator, row);
  const empty = data.target.every((v) => v === null);
  const summary = chartSummary(indicator, row, monitoring, labels);
  const percent = indicator.unit === 'percent';
  const key = JSON.stringify([data, monitoring, percent]);

  useEffect(() => {
    if (empty || !ready || !canvas.current) return;
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
      const datasets = [
        {
          label: labels.chartTarget,
          data: data.target,
          borderColor: color('--kpi-target'),
          backgroundColor: color('--kpi-target'),
          borderWidth: 3,
          pointRadius: 4,
          spanGaps: true,
        },
        ...(monitoring
          ? [
              {
                label: labels.chartActual,
                data: data.actual,
                borderColor: color('--kpi-actual'),
                backgroundColor: color('--kpi-actual'),
                borderWidth: 3,
                borderDash: [6, 4],
                pointRadius: 5,
                pointStyle: 'rectRot' as const,
                spanGaps: false,
              },
            ]
          : []),
      ];
      const text = color('--sl-color-gray-2');
      const grid = color('--sl-color-gray-5');
      chart.current?.destroy();
      chart.current = new Chart(canvas.current, {
        type: 'line',
        data: { labels: data.years, datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          locale: 'ru-RU',
          scales: {
            x: { ticks: { color: text }, grid: { color: grid } },
            y: {
              beginAtZero: true,
              ...(percent ? { max: 100 } : {}),
              ticks: { color: text, precision: 0 },
              grid: { color: grid },
              title: { display: true, text: percent ? '%' : labels.units, color: text },
            },
          },
          plugins: { legend: { labels: { color: text } } },
        },
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [key, empty, ready]);

  useEffect(() => () => chart.current?.destroy(), []);

  const unit = unitOf(indicator, labels);
  return (
    <figure class="kpi-chart">
      <figcaption id="kpi-chart-summary">{summary}</figcaption>
      {!empty && ready && (
        <div class="kpi-chart-canvas">
          <canvas ref={canvas} role="img" aria-labelledby="kpi-chart-summary" />
        </div>
      )}
      {!empty && (
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
                  {percent && (
                    <td class="kpi-num">
                      {c.target === null || c.people === null ? labels.noValue : formatNumber(c.target)}
                    </td>
                  )}
                  <td class="kpi-num">{c.people === null ? labels.noValue : formatNumber(c.people)}</td>
                  {monitoring && <td class="kpi-num">{c.actual === null ? labels.noValue : formatNumber(c.actual)}</td>}
                  {monitoring && percent && (
                    <td class="kpi-num">{c.actualPercent === null ? labels.noValue : formatNumber(c.actualPercent)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
