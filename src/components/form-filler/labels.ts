// The interface strings of the form filler: the `formFiller.*` keys of src/content/i18n/ru.json without the prefix,
// typed from the file itself, so a key the code names but the file lacks fails the type check.
import type { SiteKey } from '../../schemas/i18n.ts';

/** The keys of ru.json under `prefix.`, without it. */
type KeysUnder<Prefix extends string> = SiteKey extends infer K
  ? K extends `${Prefix}.${infer Rest}`
    ? Rest
    : never
  : never;

export type FormFillerLabels = Record<KeysUnder<'formFiller'>, string>;

/** The strings of the declined forms under a field (Declension.tsx), shared with the pairs tool's order. */
export type DeclensionLabels = Record<KeysUnder<'declension'>, string>;
