// The district picture's interface strings: the `districtPicture.*` keys of src/content/i18n/ru.json without the
// prefix, typed from the schema ({placeholders} are filled by `fill` of src/lib/island-labels.ts).
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type PictureLabelKey = SiteKey extends infer K
  ? K extends `districtPicture.${infer Rest}`
    ? Rest
    : never
  : never;
export type PictureLabels = Record<PictureLabelKey, string>;
