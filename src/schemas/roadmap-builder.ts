// A roadmap a school builds in the browser: the state the builder keeps, saves in the browser, puts in a
// share link and writes to a JSON file to re-open next year. Reading any of those checks it against this.
// zod/mini, as its blocks (common.ts): the check runs in the builder's page.
import * as z from 'zod/mini';
import { approvalForm, deadlineRule } from './deadline-rule.ts';
import { isoDate, slug, wholeNumber, year } from './common.ts';
import { builderLimits } from '../lib/roadmap-builder/limits.ts';

const shortText = (max: number) => z.string().check(z.maxLength(max, `Не длиннее ${max} символов`));

/** An item's deadline: the template's rule, or a date or span the school set itself, or words. */
export const itemDeadline = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rule'), rule: deadlineRule }),
  z.strictObject({ kind: z.literal('date'), date: isoDate, by: z.boolean() }),
  z.strictObject({ kind: z.literal('span'), from: isoDate, to: isoDate }),
  z.strictObject({ kind: z.literal('text'), text: shortText(300) }),
]);
export type ItemDeadline = z.infer<typeof itemDeadline>;

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, 'Неверный идентификатор'));
const roles = z.array(shortText(200)).check(z.maxLength(builderLimits.roles));

export const builderItem = z.strictObject({
  id,
  /** The number as the template has it («2.3», «а»), or as the builder gave a new row; absent, counted 1, 2, 3… */
  number: z.optional(shortText(20)),
  activity: shortText(2000),
  deadline: itemDeadline,
  responsible: roles,
  /** The school-level executors of a two-level roadmap (seed 001). */
  responsibleSchool: z.optional(roles),
  result: shortText(1000),
  format: shortText(300),
  /** The text of the template's own columns («Содержание деятельности»), by column key. */
  cells: z.optional(z.record(slug, shortText(2000))),
});
export type BuilderItem = z.infer<typeof builderItem>;

export const builderSection = z.strictObject({
  id,
  title: shortText(500),
  items: z.array(builderItem).check(z.maxLength(builderLimits.items)),
});
export type BuilderSection = z.infer<typeof builderSection>;

const column = z.strictObject({ key: slug, heading: shortText(200), width: wholeNumber(3, 60) });

export const builderState = z.strictObject({
  version: z.literal(1),
  /** Random, made once: with each item's id it keeps calendar events' UIDs the same across exports. */
  id,
  template: z.string().check(z.maxLength(100)),
  templatePeriod: z.optional(z.strictObject({ from: year, to: year })),
  twoLevel: z.boolean(),
  title: shortText(1000),
  approvedBy: shortText(300),
  /** «УТВЕРЖДЕНА приказом …» (absent: the order, as before this was a choice) or «УТВЕРЖДАЮ» with a signature. */
  approvalForm: z.optional(approvalForm),
  /** Who signs under «УТВЕРЖДАЮ»: «Директор», «Заведующий». */
  approverPosition: z.optional(shortText(200)),
  /** The template's columns and headings; absent, the standard ones (older roadmaps, templates that name none). */
  columns: z.optional(z.array(column).check(z.maxLength(20))),
  organisation: shortText(300),
  /** The organisation in the genitive as the user corrected it; absent, the builder suggests one. */
  organisationGenitive: z.optional(shortText(300)),
  head: shortText(200),
  approval: z.strictObject({ date: z.union([isoDate, z.literal('')]), number: shortText(50) }),
  start: isoDate,
  end: isoDate,
  /** A pair's plan made from the pairs order: the order's «планы составить до …» (schedule.ts, rule 7a). */
  plansDue: z.optional(isoDate),
  people: z
    .array(z.strictObject({ role: shortText(200), name: shortText(200) }))
    .check(z.maxLength(builderLimits.people)),
  sections: z.array(builderSection).check(z.maxLength(builderLimits.sections)),
  /** The next number for a new section's or item's id. */
  nextId: z.int().check(z.minimum(1)),
});
export type BuilderState = z.infer<typeof builderState>;
