// How a form's text names the values it prints: `{field}` or `{field:case}`. Kept apart from the form's zod
// schema so the tools that fill documents in the browser do not ship zod (the schema checks the data at build).

/**
 * The grammatical case a sentence needs its placeholder in (OpenCorpora's tags, with `dat` for the dative):
 * «Назначить куратором {curator:accs}» prints «Кузнецову Ольгу Николаевну». Nominative is the default.
 */
export const grammaticalCases = ['nomn', 'gent', 'dat', 'accs', 'ablt', 'loct'] as const;
export type GrammaticalCase = (typeof grammaticalCases)[number];

/** `{field}` or `{field:case}` in a document's text. */
export const placeholderPattern = /\{([a-z0-9-]+)(?::([a-z]+))?\}/g;
