// The calculator's interface strings: the `kpi.*` keys of src/content/i18n/ru.json without the prefix,
// typed from the schema, and the one function that fills their {placeholders}.
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';
import type { KpiError } from '../../lib/kpi/types.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type KpiLabelKey = SiteKey extends infer K ? (K extends `kpi.${infer Rest}` ? Rest : never) : never;
export type KpiLabels = Record<KpiLabelKey, string>;

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const errorText = (labels: KpiLabels, error: KpiError): string => fill(labels[`error.${error.code}`], { limit: error.limit ?? '' });

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
/** 1 234,5 — the way numbers read on a Russian page. */
export const formatNumber = (value: number): string => numberFormat.format(value);
