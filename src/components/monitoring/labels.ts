// The monitoring tool's interface strings: the `monitoring.*` keys of src/content/i18n/ru.json without the
// prefix, read by its wrapper with islandLabels ({placeholders} are filled by `fill` of src/lib/island-labels.ts).
import type { SiteKey } from '../../schemas/i18n.ts';

/** Every `monitoring.*` key of ru.json without its prefix: a label the island names but the file lacks fails the type check. */
export type MonitoringLabels = {
  [Key in SiteKey as Key extends `monitoring.${infer Name}` ? Name : never]: string;
};

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
/** 7,25 — numbers as they read on a Russian page; a dash for none. */
export const formatNumber = (value: number | null): string => (value === null ? '—' : numberFormat.format(value));
