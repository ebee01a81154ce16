// How the filler's preview reads a form's paragraph: the text between `{field}` and `{field:case}` placeholders,
// and what each placeholder shows, as the .docx will print it.
import { ruDate } from '../ru-words.ts';
import { appositionComma } from './declension.ts';
import { listText } from './list-text.ts';
import type { FormValues } from './values.ts';

/** A placeholder in a paragraph: the field, the case its sentence needs, and the text right after it. */
export interface Placeholder {
  id: string;
  grammar: string | undefined;
  after: string;
}

/** A paragraph cut into its text and its placeholders, in order; the text pieces as written, empty ones too. */
export function paragraphParts(text: string): (string | Placeholder)[] {
  return text.split(/(\{[a-z0-9-]+(?::[a-z]+)?\})/).map((part, i, parts) => {
    const [, id, grammar] = /^\{([a-z0-9-]+)(?::([a-z]+))?\}$/.exec(part) ?? [];
    return id ? { id, grammar, after: parts[i + 1] ?? '' } : part;
  });
}

/**
 * What a placeholder shows, or '' when the field is empty. Dates read as on paper, ДД.ММ.ГГГГ; a list as a
 * sentence lists it; a person's name followed by a position closes with a comma.
 */
export function previewText(
  value: FormValues[string],
  kind: { date: boolean; person: boolean },
  after: string,
): string {
  const joined = Array.isArray(value) ? listText(value.filter((v) => typeof v === 'string')) : (value ?? '');
  const text = kind.date ? ruDate(joined) : joined.trim();
  if (!text) return '';
  return text + (kind.person ? appositionComma(text, after) : '');
}
