// The calculator's interface strings: the `kpi.*` keys of src/content/i18n/ru.json without the prefix,
// typed from the schema ({placeholders} are filled by `fill` of src/lib/island-labels.ts).
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';
import { fill } from '../../lib/island-labels.ts';
import type { KpiError } from '../../lib/kpi/types.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type KpiLabelKey = SiteKey extends infer K ? (K extends `kpi.${infer Rest}` ? Rest : never) : never;
export type KpiLabels = Record<KpiLabelKey, string>;

export const errorText = (labels: KpiLabels, error: KpiError): string =>
  fill(labels[`error.${error.code}`], { limit: error.limit ?? '' });

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
/** 1 234,5 — the way numbers read on a Russian page. */
export const formatNumber = (value: number): string => numberFormat.format(value);
