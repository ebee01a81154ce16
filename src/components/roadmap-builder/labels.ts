// The builder's interface strings: the `builder.*` keys of src/content/i18n/ru.json without the prefix,
// typed from the schema.
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type BuilderLabelKey = SiteKey extends infer K ? (K extends `builder.${infer Rest}` ? Rest : never) : never;
export type BuilderLabels = Record<BuilderLabelKey, string>;
