// What a form of the library prints, blank or filled, as plain blocks (paragraphs with their style, tables with
// their column shares): the one description the .docx (src/lib/docx/form.ts) and the form page's print
// (FormFiller's PrintDocument) both lay out, so paper from either says the same. No docx here: islands load it.
import type { Form, FormBlock } from '../../schemas/form.ts';
import { placeholderPattern } from './placeholders.ts';
import type { TextOptions } from '../docx/layout.ts';
import { ruDate } from '../ru-words.ts';
import { appositionComma, declinedTexts } from './declension.ts';
import { listText } from './list-text.ts';
import type { FormValues } from './values.ts';

export type ParaBlock = { kind: 'para'; text: string } & TextOptions;
export interface TableBlock {
  kind: 'table';
  headers: string[];
  rows: string[][];
  /** Relative widths of the columns (columnShares). */
  shares: number[];
}
export type DocBlock = ParaBlock | TableBlock;

const para = (text: string, options: TextOptions = {}): ParaBlock => ({ kind: 'para', text, ...options });

const blank = '__________________________';
const blankDate = '«___» ____________ 20___ г.';

const asText = (value: FormValues[string]) => (typeof value === 'string' ? value.trim() : '');

/**
 * Document text with `{field}` replaced by the field's value, or by a blank line to write on; `{field:case}`
 * by the declined form from `declined` (src/lib/forms/declension.ts), keyed `field@case`.
 */
export function fillPlaceholders(
  text: string,
  values: FormValues,
  declined: Map<string, string> = new Map(),
  people: ReadonlySet<string> = new Set(),
): string {
  return text.replace(placeholderPattern, (_m, id: string, grammar: string | undefined, offset: number) => {
    const raw = (grammar && declined.get(`${id}@${grammar}`)) || values[id];
    const value = Array.isArray(raw) ? listText(raw.filter((item) => typeof item === 'string')) : asText(raw);
    if (!value) return '____________';
    const rest = text.slice(offset + _m.length);
    const comma = people.has(id) ? appositionComma(value, rest) : '';
    // «…: {results}.» with results typed ending in a full stop prints one full stop, not two.
    const own = rest.startsWith('.') ? value.replace(/\.$/, '') : value;
    return ruDate(own) + comma;
  });
}

/** Ids of the fields that hold a person (name, maybe with a position). */
export function personFields(form: Form): Set<string> {
  return new Set(
    form.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'text' && b.declines === 'person' ? [b.id] : []))),
  );
}

/**
 * The title a document carries: an order prints nothing above «ПРИКАЗ» but the organisation, so its title is
 * its subject line («О внедрении целевой модели наставничества»), the last heading without placeholders.
 */
export function documentTitle(form: Form): string {
  if (form.kind !== 'order') return form.title;
  const headings = form.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'paragraph' && b.style === 'heading' && !b.text.includes('{') ? [b.text] : []));
  return headings.at(-1) ?? form.title;
}

/** How many characters of a table's 11-point text fit across the page, by its orientation. */
export const charactersAcross = { portrait: 85, landscape: 130 } as const;

/**
 * Shares of the width for a table's columns, by what they hold: a «№» column stays narrow, a column of names
 * or long text gets room. Headers count at two thirds (they wrap over two lines well); a column gets up to
 * 40 characters' worth. A word that cannot wrap (a date, «19.10.2026») always fits: when the wishes overrun
 * the page, the columns that can wrap give up room, each in proportion to what it can spare.
 */
export function columnShares(labels: string[], rows: string[][], across: number = charactersAcross.portrait): number[] {
  const words = (text: string) => text.split(/\s+/).map((word) => word.length);
  // The longest word of a column, with room for the cell's padding (a word longer than 40 breaks anyway).
  const need = labels.map((label, c) =>
    Math.min(40, 2 + Math.max(...words(label), ...rows.map((r) => Math.max(...words(r[c] ?? ''))))),
  );
  const want = labels.map((label, c) => {
    const longest = Math.max(Math.ceil(label.length * 0.66), ...words(label), ...rows.map((r) => (r[c] ?? '').length));
    // «№» stays narrow; any other column keeps room to write in by hand, even when it is empty.
    return Math.max(need[c]!, Math.min(40, Math.max(label.trim().length <= 2 ? 3 : 10, longest)));
  });
  const over = want.reduce((a, b) => a + b, 0) - across;
  const spare = want.map((w, c) => w - need[c]!);
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  if (over <= 0 || spareTotal === 0) return want;
  const give = Math.min(1, over / spareTotal);
  return want.map((w, c) => Math.round(w - spare[c]! * give));
}

/** Ids of the fields whose values the document's text already carries through `{field}` placeholders. */
function placedInText(form: Form): Set<string> {
  const ids = new Set<string>();
  for (const section of form.sections) {
    for (const block of section.blocks)
      if (block.kind === 'paragraph') for (const m of block.text.matchAll(placeholderPattern)) ids.add(m[1]!);
  }
  return ids;
}

/** «Стаж, лет:», but «Вы классный руководитель?» keeps its own mark. */
const withColon = (label: string) => (/[?:!.]$/.test(label) ? label : `${label}:`);

function blockChildren(
  block: FormBlock,
  values: FormValues,
  declined: Map<string, string>,
  legends: Set<string>,
  people: ReadonlySet<string>,
  across: number,
): DocBlock[] {
  if (block.kind === 'paragraph') {
    const text = fillPlaceholders(block.text, values, declined, people);
    if (block.style === 'heading') return [para(text, { align: 'center', bold: true, keepNext: true })];
    return [para(text, { align: block.style === 'center' ? 'center' : 'both' })];
  }

  const value = values[block.id];
  const label = block.label;
  switch (block.kind) {
    case 'text':
    case 'number':
      return [para(`${withColon(label)} ${asText(value) || blank}`)];
    case 'date':
      return [para(`${withColon(label)} ${asText(value) ? ruDate(asText(value)) : blankDate}`)];
    case 'longText': {
      const text = asText(value);
      return [
        para(withColon(label), { keepNext: true, spaceAfter: 60 }),
        ...(text ? [para(text, { align: 'both' })] : [para(`${blank}${blank}\n${blank}${blank}\n${blank}${blank}`)]),
      ];
    }
    case 'choice': {
      const chosen: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      // Printed once: some questions already say it in their own words.
      const hint = block.multiple && !label.includes('можно выбрать несколько') ? ' (можно выбрать несколько)' : '';
      return [
        para(withColon(`${label}${hint}`), { keepNext: true, spaceAfter: 60 }),
        ...block.options.map((option) => para(`${chosen.includes(option) ? '☒' : '☐'} ${option}`, { spaceAfter: 40 })),
      ];
    }
    case 'scale': {
      const steps = Array.from({ length: block.max - block.min + 1 }, (_, i) => String(block.min + i));
      const marked = steps.map((step) => (asText(value) === step ? `[${step}]` : step)).join('   ');
      // The meaning of the ends is printed once, before the first scale that uses it.
      const legend =
        block.minLabel || block.maxLabel
          ? `${block.min} — ${block.minLabel ?? ''}; ${block.max} — ${block.maxLabel ?? ''}`
          : '';
      const fresh = legend && !legends.has(legend);
      legends.add(legend);
      return [
        ...(fresh ? [para(`Шкала: ${legend}.`, { italics: true, spaceAfter: 60 })] : []),
        para(`${withColon(label)}   ${marked}`, { spaceAfter: 100 }),
      ];
    }
    case 'table': {
      const filled = Array.isArray(value)
        ? (value as unknown[]).filter((r): r is Record<string, string> => typeof r === 'object' && r !== null)
        : [];
      const source = filled.length > 0 ? filled : block.rows;
      const empty = Math.max(block.minRows - source.length, filled.length > 0 ? 0 : source.length > 0 ? 0 : 3);
      const rows = [...source, ...Array.from({ length: empty }, () => ({}) as Record<string, string>)];
      const labels = [...(block.numbered ? ['№'] : []), ...block.columns.map((column) => column.label)];
      const texts = rows.map((r, i) => [
        ...(block.numbered ? [String(i + 1)] : []),
        ...block.columns.map((column) => r[column.id] ?? ''),
      ]);
      return [
        para(label, { bold: true, keepNext: true, spaceAfter: 60 }),
        { kind: 'table', headers: labels, rows: texts, shares: columnShares(labels, texts, across) },
        para('', { spaceAfter: 120 }),
      ];
    }
    case 'signature': {
      const name = asText(value);
      // A label such as «Согласовано» or «С положением ознакомлен(а)» stands above the line it signs; «Подпись
      // директора» says nothing the line does not.
      const heading =
        block.label !== block.role && !/^Подпись/.test(block.label)
          ? [para(block.label, { keepNext: true, spaceAfter: 60 })]
          : [];
      return [
        ...heading,
        para(`${block.role} ____________ / ${name || '____________________'} /     ${blankDate}`, { spaceAfter: 240 }),
      ];
    }
  }
}

/** What a form prints, blank or filled, block by block: the .docx and the page's print both lay it out. */
export function formBlocks(form: Form, values: FormValues = {}): DocBlock[] {
  const legends = new Set<string>();
  // A field the text already carries (an order's organisation, date, number…) is not printed again as a
  // «label: value» line; a section left with nothing to print loses its title too.
  const placed = placedInText(form);
  const declined = declinedTexts(form, values);
  const people = personFields(form);
  // An order begins with the organisation and «ПРИКАЗ», as a real one does: its page on the site says how to fill
  // it in, the paper does not.
  const order = form.kind === 'order';
  // A choice the text names is printed as a list of boxes only on a blank that is not an order: once chosen, or
  // in an order, the sentence carries it.
  const chosen = (id: string) => {
    const value = values[id];
    return Array.isArray(value) ? value.length > 0 : asText(value) !== '';
  };
  const printed = (block: FormBlock) => {
    if (block.kind === 'paragraph' || !placed.has(block.id)) return true;
    if (block.kind === 'choice') return !order && !chosen(block.id);
    return !['text', 'longText', 'number', 'date'].includes(block.kind);
  };
  return [
    ...(form.appendix ? [para(form.appendix, { align: 'right', spaceAfter: 240 })] : []),
    ...(order ? [] : [para(form.title, { bold: true, align: 'center', spaceAfter: 240 })]),
    // How to fill the form in belongs on the blank, not on the document once it is filled.
    ...(form.instructions && !order && Object.keys(values).length === 0
      ? [para(form.instructions, { italics: true, align: 'both', spaceAfter: 240 })]
      : []),
    ...form.sections.flatMap((section) => {
      const blocks = section.blocks.filter(printed);
      if (blocks.length === 0) return [];
      return [
        ...(section.title && section.printTitle
          ? [para(section.title, { bold: true, keepNext: true, spaceAfter: 120 })]
          : []),
        ...blocks.flatMap((block) =>
          blockChildren(block, values, declined, legends, people, charactersAcross[form.orientation]),
        ),
      ];
    }),
  ];
}
