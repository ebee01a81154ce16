// Schools grouped by results into ШНОР / ШСОР / ШВОР by rules the district sets: which indicators count and two
// thresholds each. ШНОР — at least one chosen indicator below its lower threshold; ШВОР — every chosen indicator at
// or above its upper threshold; ШСОР — the rest. A school with none of the chosen indicators known is left out.
import type { KpiIndicator } from '../kpi/types.ts';
import type { Cell, SchoolRow } from './aggregate.ts';

export const clusterNames = ['ШНОР', 'ШСОР', 'ШВОР'] as const;
export type Cluster = (typeof clusterNames)[number];

export interface ClusterRule {
  order: number;
  /** Below this a school's value is low: in % for a share, in units for a count. */
  low: number;
  /** At or above this it is high. */
  high: number;
}

export interface ClusterRules {
  rules: ClusterRule[];
}

/** What the page offers first: the two satisfaction shares and the share of students in mentoring. */
export const defaultRules: ClusterRules = {
  rules: [
    { order: 1, low: 20, high: 50 },
    { order: 5, low: 60, high: 80 },
  ],
};

export interface ClusterResult {
  key: string;
  name: string;
  cluster: Cluster | null;
  /** Why, one line per chosen indicator. */
  reasons: string[];
}

const number = (value: number) => String(value).replace('.', ',');

/** The value the rules compare: the actual share for a share, the actual count for a count. */
const compared = (cell: Cell): number | null => (cell.unit === 'percent' ? cell.actualPercent : cell.actual);

/** What is wrong with the rules, in Russian; empty when they can be applied. */
export function ruleErrors(rules: ClusterRules, indicators: KpiIndicator[]): string[] {
  const errors: string[] = [];
  if (rules.rules.length === 0) errors.push('Выберите хотя бы один показатель, по которому школы делятся на группы.');
  for (const rule of rules.rules) {
    const indicator = indicators.find((i) => i.order === rule.order);
    if (!indicator) {
      errors.push(`Показателя № ${rule.order} нет в списке показателей.`);
      continue;
    }
    if (!Number.isFinite(rule.low) || !Number.isFinite(rule.high) || rule.low < 0 || rule.high < 0)
      errors.push(`Показатель № ${rule.order}: пороги — неотрицательные числа.`);
    else if (rule.low > rule.high)
      errors.push(
        `Показатель № ${rule.order}: нижний порог (${number(rule.low)}) больше верхнего (${number(rule.high)}).`,
      );
    else if (indicator.unit === 'percent' && rule.high > 100)
      errors.push(`Показатель № ${rule.order}: порог доли — не больше 100 %.`);
  }
  return errors;
}

/** The rules in words, as the page states them and the report repeats them. */
export function rulesText(rules: ClusterRules, indicators: KpiIndicator[]): string[] {
  const unit = (order: number) => (indicators.find((i) => i.order === order)?.unit === 'count' ? '' : ' %');
  const list = rules.rules.map((r) => {
    const title = indicators.find((i) => i.order === r.order)?.title ?? `Показатель № ${r.order}`;
    return `№ ${r.order} «${title}»: ниже ${number(r.low)}${unit(r.order)} — низкий, от ${number(r.high)}${unit(r.order)} — высокий`;
  });
  return [
    ...list,
    'ШНОР — школа, у которой хотя бы один из этих показателей низкий; ШВОР — все показатели, о которых есть данные, высокие; ШСОР — остальные.',
    'Школа без данных ни по одному из этих показателей в группу не попадает.',
  ];
}

export function clusterSchools(rows: SchoolRow[], rules: ClusterRules): ClusterResult[] {
  return rows.map((row) => {
    const reasons: string[] = [];
    let low = false;
    let allHigh = true;
    let known = 0;
    for (const rule of rules.rules) {
      const cell = row.cells.find((c) => c.order === rule.order);
      const value = cell ? compared(cell) : null;
      const unit = cell?.unit === 'count' ? '' : ' %';
      if (value === null) {
        reasons.push(`№ ${rule.order}: нет данных`);
        continue;
      }
      known += 1;
      if (value < rule.low) {
        low = true;
        allHigh = false;
        reasons.push(`№ ${rule.order}: ${number(value)}${unit} — ниже ${number(rule.low)}${unit}, низкий`);
      } else if (value >= rule.high)
        reasons.push(`№ ${rule.order}: ${number(value)}${unit} — не ниже ${number(rule.high)}${unit}, высокий`);
      else {
        allHigh = false;
        reasons.push(`№ ${rule.order}: ${number(value)}${unit} — между порогами, средний`);
      }
    }
    const cluster: Cluster | null = known === 0 ? null : low ? 'ШНОР' : allHigh ? 'ШВОР' : 'ШСОР';
    return { key: row.key, name: row.name, cluster, reasons };
  });
}
