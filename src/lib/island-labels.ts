// The interface strings of one island: the `<prefix>.*` keys of src/content/i18n/ru.json, without the
// prefix, read on the server through Starlight's t() and passed to the island as a prop.
import { siteStrings } from '../schemas/i18n.ts';

type Key = keyof typeof siteStrings.shape;

export function islandLabels<Labels>(prefix: string, t: (key: Key) => string): Labels {
  return Object.fromEntries(
    (Object.keys(siteStrings.shape) as Key[]).filter((key) => key.startsWith(`${prefix}.`)).map((key) => [key.slice(prefix.length + 1), t(key)]),
  ) as Labels;
}
