// A bar chart (chart.js, loaded after the island hydrates, only the bar pieces registered) with the same
// numbers in a table beside it, so the figures read without the picture and in the report.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartConfiguration, Chart as ChartType } from 'chart.js';
import { registerChart, unregisterChart } from './chart-registry.ts';
import { formatNumber } from './labels.ts';
import { axisLabel, axisRowHeight } from '../../lib/monitoring/axis-label.ts';

export interface Series {
  label: string;
  values: (number | null)[];
}

interface Props {
  id: string;
  title: string;
  tableLabel: string;
  categoryLabel: string;
  categories: string[];
  series: Series[];
  max?: number;
  ready: boolean;
}

const palette = ['--mon-1', '--mon-2', '--mon-3', '--mon-4', '--mon-5'];

/** The chart's settings: bars across, colours from the page's theme, the axis texts wrapped. */
function barConfig(
  { categories, series, max }: Pick<Props, 'categories' | 'series' | 'max'>,
  color: (name: string) => string,
): ChartConfiguration<'bar'> {
  const text = color('--sl-color-gray-2');
  const grid = color('--sl-color-gray-5');
  return {
    type: 'bar',
    data: {
      labels: categories,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: color(palette[i % palette.length]!),
        borderWidth: 0,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'ru-RU',
      scales: {
        x: { beginAtZero: true, ...(max ? { max } : {}), ticks: { color: text }, grid: { color: grid } },
        y: {
          grid: { display: false },
          ticks: {
            color: text,
            autoSkip: false,
            // Long question texts wrap into up to three lines, so a phone shows them and the bars; only
            // a longer text is cut, and the table beside the chart has it whole.
            callback(value) {
              return axisLabel(this.getLabelForValue(Number(value)), this.chart.width);
            },
          },
        },
      },
      plugins: { legend: { display: series.length > 1, labels: { color: text } } },
    },
  };
}

/** Draws the chart on the canvas once the island has hydrated, and again when its figures change. */
function useBarChart(canvas: RefObject<HTMLCanvasElement>, props: Props) {
  const { id, title, categories, series, max, ready } = props;
  const chart = useRef<ChartType | null>(null);
  const key = JSON.stringify([categories, series, max]);
  useEffect(() => {
    if (!ready || !canvas.current || categories.length === 0) return;
    let cancelled = false;
    void (async () => {
      const { Chart, BarController, BarElement, LinearScale, CategoryScale, Legend } = await import('chart.js');
      // Each chart is drawn in a task of its own: all of them at once, once chart.js arrived, held the page.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled || !canvas.current) return;
      // No Tooltip plugin: the table beside the chart gives every value, and tooltips (4.7 KB gzip) took the
      // calculator's page past its 90 KB budget.
      Chart.register(BarController, BarElement, LinearScale, CategoryScale, Legend);
      const style = getComputedStyle(canvas.current);
      chart.current?.destroy();
      chart.current = new Chart(
        canvas.current,
        barConfig(props, (name) => style.getPropertyValue(name).trim() || '#555'),
      );
      registerChart(id, canvas.current, title);
    })();
    return () => {
      cancelled = true;
    };
  }, [key, ready]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      unregisterChart(id);
    },
    [],
  );
}

export function BarChart(props: Props) {
  const { id, title, tableLabel, categories, series, ready } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  useBarChart(canvas, props);
  const captionId = `mon-chart-${id}`;
  const height = Math.max(160, 40 + categories.length * axisRowHeight(series.length));
  return (
    <figure class="mon-chart">
      <figcaption id={captionId}>{title}</figcaption>
      <div class="mon-chart-body">
        {ready && categories.length > 0 && (
          <div class="mon-chart-canvas" style={{ height: `${height}px` }}>
            <canvas ref={canvas} role="img" aria-labelledby={captionId} />
          </div>
        )}
        <div class="mon-scroll" tabIndex={0} role="region" aria-label={`${tableLabel}: ${title}`}>
          <ValuesTable {...props} />
        </div>
      </div>
    </figure>
  );
}

/** The chart's numbers as a table: a row a category, a column a series. */
function ValuesTable({ tableLabel, categoryLabel, categories, series }: Props) {
  return (
    <table class="mon-table">
      <caption>{tableLabel}</caption>
      <thead>
        <tr>
          <th scope="col">{categoryLabel}</th>
          {series.map((s) => (
            <th scope="col" key={s.label}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {categories.map((c, i) => (
          <tr key={c}>
            <th scope="row">{c}</th>
            {series.map((s) => (
              <td class="mon-num" key={s.label}>
                {formatNumber(s.values[i] ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
