// Forms of mentoring as people write them in a spreadsheet («учитель-учитель», «Учитель – учитель»,
// «uchitel-uchitel») read back to their ids (src/lib/mentoring-forms.ts).
import { mentoringForms, type MentoringFormId } from '../mentoring-forms.ts';

const squeeze = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u2010-\u2015-]+/g, '');

const byText = new Map<string, MentoringFormId>();
for (const [id, label] of Object.entries(mentoringForms) as [MentoringFormId, string][]) {
  byText.set(squeeze(id), id);
  byText.set(squeeze(label), id);
}

/** The id of a form, `''` for an empty cell, or null when the text names no form. */
export function parseForm(text: string): MentoringFormId | '' | null {
  if (!text.trim()) return '';
  return byText.get(squeeze(text)) ?? null;
}

/** Several forms in one cell, separated by «;», commas or new lines; unknown ones come back as written. */
export function parseForms(text: string): { forms: MentoringFormId[]; unknown: string[] } {
  const forms: MentoringFormId[] = [];
  const unknown: string[] = [];
  for (const piece of text.split(/[;,\n\r]+/)) {
    const form = parseForm(piece);
    if (form === '') continue;
    if (form === null) unknown.push(piece.trim());
    else if (!forms.includes(form)) forms.push(form);
  }
  return { forms, unknown };
}

export const formLabel = (id: string): string => (id in mentoringForms ? mentoringForms[id as MentoringFormId] : id);

export const formNames = Object.values(mentoringForms)
  .map((label) => `«${label}»`)
  .join(', ');
