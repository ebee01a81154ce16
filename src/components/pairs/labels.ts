// The pairs tool's interface strings: the `pairs.*` keys of src/content/i18n/ru.json without the prefix,
// typed from the schema, and the one function that fills their {placeholders}.
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type PairsLabelKey = SiteKey extends infer K ? (K extends `pairs.${infer Rest}` ? Rest : never) : never;
export type PairsLabels = Record<PairsLabelKey, string>;

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
