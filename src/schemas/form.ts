// A form or document of the library (an appendix, an order, a questionnaire): its sections and fields,
// who fills it and when. The page, the blank .docx and the filled export all come from this data.
import { z } from 'zod';
import { month, slug, text } from './common.ts';
import { profileFacts } from '../lib/school/facts.ts';
import { grammaticalCases, placeholderPattern } from '../lib/forms/placeholders.ts';

const grammaticalCase = z.enum(grammaticalCases);

const base = {
  id: slug,
  label: text,
  hint: z.string().optional(),
  required: z.boolean().default(false),
  /** The fact of the school profile («Моя школа») the field takes until the user types their own. */
  profile: z.enum(profileFacts).optional(),
};

export const formField = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('text'),
    maxLength: z.number().int().positive().default(300),
    /**
     * What the value names, when the text puts it into another case: `person` (ФИО, maybe with a position),
     * declined in any case; `organisation`, asked once more in the genitive (see src/lib/grammar/phrase.ts).
     */
    declines: z.enum(['person', 'organisation']).optional(),
  }),
  z.strictObject({ ...base, kind: z.literal('longText'), maxLength: z.number().int().positive().default(5000) }),
  z.strictObject({ ...base, kind: z.literal('date') }),
  z.strictObject({
    ...base,
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('choice'),
    options: z.array(text).min(2),
    multiple: z.boolean().default(false),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('scale'),
    min: z.number().int().default(1),
    max: z.number().int().default(5),
    minLabel: z.string().optional(),
    maxLabel: z.string().optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('table'),
    columns: z.array(z.strictObject({ id: slug, label: text })).min(1),
    /** Rows printed in the blank form, e.g. the months of an individual plan. */
    rows: z.array(z.record(z.string(), z.string())).default([]),
    minRows: z.number().int().min(0).default(1),
    maxRows: z.number().int().positive().default(200),
    /** The document numbers the rows itself in a first «№» column, so nobody types the numbers. */
    numbered: z.boolean().default(false),
  }),
  /** «____________ / ____________» with the role that signs and a date line */
  z.strictObject({ ...base, kind: z.literal('signature'), role: text }),
]);
export type FormField = z.infer<typeof formField>;

/**
 * Fixed text of a document between its fields: a clause of an order, a paragraph of a положение. It may
 * name fields of the same form in braces, `{organisation}`, which a filled copy replaces with their values.
 */
export const formText = z.strictObject({
  kind: z.literal('paragraph'),
  text,
  /** How the line stands on the page: `center` (the organisation above an order), `heading` (centred, bold: «ПРИКАЗ»). */
  style: z.enum(['center', 'heading']).optional(),
});

export const formBlock = z.union([formField, formText]);
export const form = z
  .strictObject({
    title: text,
    /** «Приложение 2» where the form is one of seed 000's appendices */
    appendix: z.string().optional(),
    purpose: text,
    filledBy: z.array(text).min(1),
    /** Months of the school year when it is filled (September is 9), empty when it is filled once. */
    months: z.array(month).default([]),
    instructions: z.string().optional(),
    /** What kind of paper it is: a questionnaire, a plan, an order, a положение, a consent, an agreement… */
    kind: z.enum([
      'questionnaire',
      'plan',
      'report',
      'order',
      'regulation',
      'consent',
      'agreement',
      'programme',
      'card',
      'memo',
    ]),
    /** Landscape for wide tables (plans, programmes); portrait otherwise. */
    orientation: z.enum(['portrait', 'landscape']).default('portrait'),
    sections: z
      .array(
        z.strictObject({
          title: z.string().optional(),
          /** false for a title that only guides filling in on the site («Текст приказа»): the document leaves it out. */
          printTitle: z.boolean().default(true),
          blocks: z.array(formBlock).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((value, ctx) => {
    // Field ids are unique in a form, and every {placeholder} of its text names one of them.
    const ids = new Set<string>();
    value.sections.forEach((section, s) => {
      section.blocks.forEach((block, b) => {
        if (block.kind === 'paragraph') return;
        if (ids.has(block.id))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'blocks', b, 'id'],
            message: `Поле «${block.id}» уже есть в этой форме`,
          });
        ids.add(block.id);
      });
    });
    const fields = new Map(
      value.sections.flatMap((section) =>
        section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [] : [[block.id, block] as const])),
      ),
    );
    value.sections.forEach((section, s) => {
      section.blocks.forEach((block, b) => {
        if (block.kind !== 'paragraph') return;
        const path = ['sections', s, 'blocks', b, 'text'];
        for (const [, name, grammar] of block.text.matchAll(placeholderPattern)) {
          const field = fields.get(name!);
          if (!field)
            ctx.addIssue({ code: 'custom', path, message: `В тексте упомянуто поле {${name}}, которого нет в форме` });
          if (grammar === undefined || grammar === 'nomn') continue;
          const declines = field?.kind === 'text' ? field.declines : undefined;
          if (!grammaticalCase.safeParse(grammar).success) {
            ctx.addIssue({
              code: 'custom',
              path,
              message: `{${name}:${grammar}}: падеж пишется одним из ${grammaticalCases.join(', ')}`,
            });
          } else if (!declines) {
            ctx.addIssue({
              code: 'custom',
              path,
              message: `{${name}:${grammar}}: поле не склоняется — добавьте ему declines: person или organisation`,
            });
          } else if (declines === 'organisation' && grammar !== 'gent') {
            // An organisation is asked in the nominative and the genitive only: a sentence that needs another
            // case is reworded («в деятельность {organisation:gent}»), so no unchecked form reaches a document.
            ctx.addIssue({
              code: 'custom',
              path,
              message: `{${name}:${grammar}}: наименование организации ставится только в именительный или родительный падеж — перестройте фразу`,
            });
          }
        }
      });
    });
  });
export type Form = z.infer<typeof form>;
export type FormBlock = z.infer<typeof formBlock>;
