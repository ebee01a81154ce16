// The interface strings of one island: the `<prefix>.*` keys of src/content/i18n/ru.json, without the
// prefix, read on the server through Starlight's t() and passed to the island as a prop; and `fill`, the one
// function that puts values into their {placeholders}. Islands import `fill` from here, so this module must not
// import anything heavy (the key list comes from t.all(), not from the zod schema, to keep zod off the page).

/** Starlight's translation function: only its whole dictionary is needed here. */
interface Translations {
  all(): object;
}

export function islandLabels<Labels>(prefix: string, t: Translations): Labels {
  const start = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(t.all() as Record<string, unknown>)
      .filter((entry): entry is [string, string] => entry[0].startsWith(start) && typeof entry[1] === 'string')
      .map(([key, text]) => [key.slice(start.length), text]),
  ) as Labels;
}

/** «Добавлено: {n}» with `{ n: 3 }` → «Добавлено: 3»; a placeholder without a value stays as written. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
