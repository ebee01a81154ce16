// What the KPI chart plots and how chart.js is told to draw it: plain data from a result and the page's
// colours, so the island only loads chart.js and hands it this.
import type { IndicatorResult } from './types.ts';

export interface ChartSeries {
  years: string[];
  target: (number | null)[];
  actual: (number | null)[];
}

/** The plotted values: shares in %, counts in units; a target whose input is invalid is a gap. */
export function chartSeries(unit: IndicatorResult['unit'], row: Pick<IndicatorResult, 'years'>): ChartSeries {
  const percent = unit === 'percent';
  return {
    years: row.years.map((c) => String(c.year)),
    target: row.years.map((c) => (c.people === null ? null : percent ? c.target : c.people)),
    actual: row.years.map((c) => (percent ? c.actualPercent : c.actual)),
  };
}

export interface ChartLook {
  /** «План», «Факт», and the y axis' name for counts. */
  target: string;
  actual: string;
  units: string;
  /** A CSS custom property's value on the page, by name. */
  color: (name: string) => string;
}

/** The target line, and in monitoring the actual line dashed with other points, so neither needs colour to read. */
export function chartDatasets(data: ChartSeries, monitoring: boolean, look: ChartLook) {
  return [
    {
      label: look.target,
      data: data.target,
      borderColor: look.color('--kpi-target'),
      backgroundColor: look.color('--kpi-target'),
      borderWidth: 3,
      pointRadius: 4,
      spanGaps: true,
    },
    ...(monitoring
      ? [
          {
            label: look.actual,
            data: data.actual,
            borderColor: look.color('--kpi-actual'),
            backgroundColor: look.color('--kpi-actual'),
            borderWidth: 3,
            borderDash: [6, 4],
            pointRadius: 5,
            pointStyle: 'rectRot' as const,
            spanGaps: false,
          },
        ]
      : []),
  ];
}

/** Axes from zero (to 100 for shares), whole ticks, Russian numbers, no animation, the theme's text and grid. */
export function chartOptions(percent: boolean, look: ChartLook) {
  const text = look.color('--sl-color-gray-2');
  const grid = look.color('--sl-color-gray-5');
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    locale: 'ru-RU',
    scales: {
      x: { ticks: { color: text }, grid: { color: grid } },
      y: {
        beginAtZero: true,
        ...(percent ? { max: 100 } : {}),
        ticks: { color: text, precision: 0 },
        grid: { color: grid },
        title: { display: true, text: percent ? '%' : look.units, color: text },
      },
    },
    plugins: { legend: { labels: { color: text } } },
  };
}
