// An indicator of the model's planned results (seed 003): what is counted, out of which population, and
// an example trajectory of yearly targets.
import { z } from 'zod';
import { text } from './common.ts';

/** The school's counts an indicator can be taken from. */
export const population = z.enum([
  'students10to18',
  'students15to18',
  'youngTeachers',
  'partnerOrganisations',
  'surveyedMentees',
  'surveyedMentors',
]);

export const indicator = z
  .strictObject({
    title: text,
    /** The order of the indicator in the planned-results table. */
    order: z.number().int().positive(),
    unit: z.enum(['percent', 'count']),
    numerator: text,
    /** For a share: what it is a share of. A count has none. */
    denominator: z.string().optional(),
    population,
    /** Example yearly targets, by year; the source is named on the page as an example, not a norm. */
    preset: z.strictObject({
      source: text,
      values: z.record(z.string().regex(/^\d{4}$/, 'Ключ — год из четырёх цифр'), z.number().min(0)),
    }),
  })
  .superRefine((value, ctx) => {
    if (value.unit !== 'percent') return;
    for (const [y, v] of Object.entries(value.preset.values)) {
      if (v > 100)
        ctx.addIssue({ code: 'custom', path: ['preset', 'values', y], message: 'Доля не может быть больше 100 %' });
    }
    if (!value.denominator)
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'У доли должен быть знаменатель' });
  });
export type Indicator = z.infer<typeof indicator>;
