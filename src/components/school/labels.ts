// The profile page's interface strings: the `school.*` keys of src/content/i18n/ru.json without the prefix.
import type { z } from 'zod';
import type { siteStrings } from '../../schemas/i18n.ts';

type SiteKey = keyof z.infer<typeof siteStrings>;
export type SchoolLabelKey = SiteKey extends infer K ? (K extends `school.${infer Rest}` ? Rest : never) : never;
export type SchoolLabels = Record<SchoolLabelKey, string>;
