// A form's text typeset on the server (quotes, dashes, non-breaking spaces), so no island carries Typograf.
// Document text keeps its `{field}` placeholders as they are; options stay as written, because they are the
// answers a questionnaire's JSON carries to monitoring.
import type { Form } from '../../schemas/form.ts';
import { typeset } from '../typography.ts';

/**
 * Typeset between placeholders. A piece that starts with the closing quote of «{form}» reads to Typograf as
 * a quote that opens, so the quote marks at a piece's edges stay as the data wrote them.
 */
export const typesetAround = (text: string) =>
  text
    .split(/(\{[a-z0-9-]+(?::[a-z]+)?\})/)
    .map((part) => {
      if (/^\{[a-z0-9-]+(?::[a-z]+)?\}$/.test(part) || !part) return part;
      const done = typeset(part);
      const first = /^[«»]/.test(part) ? part[0]! + done.slice(1) : done;
      return /[«»]$/.test(part) ? first.slice(0, -1) + part.at(-1)! : first;
    })
    .join('');

export function typesetForm(form: Form): Form {
  return {
    ...form,
    title: typeset(form.title),
    sections: form.sections.map((section) => ({
      ...section,
      ...(section.title ? { title: typeset(section.title) } : {}),
      blocks: section.blocks.map((block) =>
        block.kind === 'paragraph'
          ? { ...block, text: typesetAround(block.text) }
          : { ...block, label: typeset(block.label) },
      ),
    })),
  };
}
