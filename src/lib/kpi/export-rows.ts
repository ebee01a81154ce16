// The results as a plain table for a spreadsheet: one row per indicator and measure (target in %, target
// in people, actual, gap), one column per year; in district mode every school's rows and then the totals.
import type { IndicatorResult, KpiIndicator, KpiResult } from './types.ts';

import type { Cell } from '../table-export/cell.ts';
export type { Cell };

const measures = (indicator: KpiIndicator, monitoring: boolean) => {
  const people = indicator.unit === 'percent' ? 'чел.' : 'ед.';
  const list: { label: string; value: (r: IndicatorResult, i: number) => number | null }[] = [];
  if (indicator.unit === 'percent') list.push({ label: 'Цель, %', value: (r, i) => r.years[i]!.target });
  list.push({ label: `Цель, ${people}`, value: (r, i) => r.years[i]!.people });
  if (monitoring) {
    list.push({ label: `Факт, ${people}`, value: (r, i) => r.years[i]!.actual });
    if (indicator.unit === 'percent') list.push({ label: 'Факт, %', value: (r, i) => r.years[i]!.actualPercent });
    list.push({
      label: `Отклонение от цели, ${people}`,
      value: (r, i) => {
        const c = r.years[i]!;
        return c.actual === null || c.people === null ? null : c.actual - c.people;
      },
    });
  }
  return list;
};

export function exportRows(
  result: KpiResult,
  indicators: KpiIndicator[],
  options: { district: boolean; monitoring: boolean },
): Cell[][] {
  const head: Cell[] = [
    ...(options.district ? ['Организация'] : []),
    '№',
    'Показатель',
    'Значение',
    'Численность',
    ...result.years.map((y) => `${y} г.`),
  ];
  const blocks = options.district
    ? [
        ...result.schools.map((s, i) => ({ name: s.name || `Школа ${i + 1}`, school: s })),
        { name: 'Итого', school: result.total },
      ]
    : [{ name: '', school: result.total }];
  const rows: Cell[][] = [head];
  for (const { name, school } of blocks) {
    indicators.forEach((indicator, k) => {
      const r = school.indicators[k]!;
      for (const measure of measures(indicator, options.monitoring && !options.district)) {
        rows.push([
          ...(options.district ? [name] : []),
          indicator.order,
          indicator.title,
          measure.label,
          r.population,
          ...result.years.map((_, i) => measure.value(r, i)),
        ]);
      }
    });
  }
  return rows;
}
