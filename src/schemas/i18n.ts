// Our own interface strings, written once: in src/content/i18n/ru.json, beside Starlight's and Pagefind's. The
// schema and the keys' type come from that file, so a key the code names but the file lacks fails the type check,
// and the build checks that every value is text.
import { z } from 'zod';
import ru from '../content/i18n/ru.json' with { type: 'json' };

/** Every key of ru.json except Pagefind's own (search strings that Starlight's schema already knows). */
export type SiteKey = Exclude<keyof typeof ru, `pagefind.${string}`>;

const siteKeys = Object.keys(ru).filter((key): key is SiteKey => !key.startsWith('pagefind.'));

export const siteStrings = z.object(
  Object.fromEntries(siteKeys.map((key) => [key, z.string()])) as Record<SiteKey, z.ZodString>,
);
