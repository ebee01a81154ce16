// The pairs tool's interface strings: the `pairs.*` keys of src/content/i18n/ru.json without the prefix,
// typed from the schema ({placeholders} are filled by `fill` of src/lib/island-labels.ts).
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type PairsLabelKey = SiteKey extends infer K ? (K extends `pairs.${infer Rest}` ? Rest : never) : never;
export type PairsLabels = Record<PairsLabelKey, string>;
