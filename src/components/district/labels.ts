// The registry filter's interface strings: the `district.*` keys of src/content/i18n/ru.json without the prefix.
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type DistrictLabelKey = SiteKey extends infer K ? (K extends `district.${infer Rest}` ? Rest : never) : never;
export type DistrictLabels = Record<DistrictLabelKey, string>;
