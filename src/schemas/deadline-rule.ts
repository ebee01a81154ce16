// An activity's deadline as data, in every shape real roadmaps use (docs/domain.md, «Roadmaps»), and how a
// roadmap is approved. The templates (roadmap.ts) and the builder's state (roadmap-builder.ts) share them; written
// with zod/mini because the builder checks its state with them in the browser (see common.ts).
import * as z from 'zod/mini';
import { isoDate, month, text, wholeNumber, year } from './common.ts';

const by = z._default(z.boolean(), true);
const dayOfMonth = wholeNumber(1, 31);
const years = z.strictObject({ from: year, to: year });

export const deadlineRule = z.discriminatedUnion('kind', [
  /** «до 10.09.2020», «10.09.2020» */
  z.strictObject({ kind: z.literal('date'), date: isoDate, by }),
  /** «до 01 октября»: that day in the school year being planned */
  z.strictObject({ kind: z.literal('dayOfSchoolYear'), day: dayOfMonth, month, by }),
  /** «Декабрь, май»: the months of each school year */
  z.strictObject({ kind: z.literal('months'), months: z.array(month).check(z.minLength(1)) }),
  /** «октябрь – декабрь 2020 г.»: a span of months, with the year where the source gives it */
  z.strictObject({
    kind: z.literal('span'),
    from: z.strictObject({ month, year: z.optional(year) }),
    to: z.strictObject({ month, year: z.optional(year) }),
  }),
  /** «2022 г.», «2023–2024 гг.»: whole calendar years */
  z.strictObject({ kind: z.literal('years'), from: year, to: year }),
  /**
   * «ежегодно, апрель», «ежегодно 2022–2024 гг.», «по итогам календарного года» (months: [12]);
   * without months: once in every school year of the period (its whole span, not split at 31 December);
   * `years` narrows the period where the source does.
   */
  z
    .strictObject({
      kind: z.literal('yearly'),
      months: z._default(z.array(month), []),
      /** «ежегодно до 30 июня»: a day of the one month in `months`, a deadline to finish by every school year. */
      day: z.optional(dayOfMonth),
      years: z.optional(years),
    })
    .check(
      z.refine((r) => r.day === undefined || r.months.length === 1, 'День срока «ежегодно до …» — для одного месяца'),
    ),
  /** «в начале учебного года»: September of each school year */
  z.strictObject({ kind: z.literal('schoolYearStart') }),
  /** «в течение года», «в течение учебного года»: the whole of each school year */
  z.strictObject({ kind: z.literal('throughoutYear') }),
  /** «в течение всего периода» */
  z.strictObject({ kind: z.literal('wholePeriod') }),
  /** «по отдельному графику» */
  z.strictObject({ kind: z.literal('separateSchedule') }),
  /** «в соответствии со сроками реализации программ наставничества» */
  z.strictObject({ kind: z.literal('programmeDates') }),
  /** «в соответствии со сроками, устанавливаемыми Минпросвещения России»: `by` names who sets them */
  z.strictObject({ kind: z.literal('asEstablished'), by: text }),
  /**
   * A personal plan's day counted from its start (a pair's start date): «через 2 недели после начала»;
   * `by` reads «не позднее чем через …».
   */
  z.strictObject({
    kind: z.literal('afterStart'),
    months: z._default(wholeNumber(0, 60), 0),
    weeks: z._default(wholeNumber(0, 260), 0),
    days: z._default(wholeNumber(0, 1826), 0),
    by,
    /**
     * When the plan is made from the pairs order, its «планы составить до …» decides: `is` — the step of drawing
     * up the plan, due on that date (so the plan and the order agree); `notAfter` — a step the plan is drawn up
     * from (getting to know each other, the first questionnaire), due no later than that date.
     */
    plansDue: z.optional(z.enum(['is', 'notAfter'])),
  }),
  /** «1-й месяц плана», «2–8-й месяцы плана»: months of a personal plan counted from its start, as a span */
  z
    .strictObject({
      kind: z.literal('monthOfPlan'),
      n: z.int().check(z.minimum(1, 'Месяц плана — с первого'), z.maximum(60)),
      to: z.optional(wholeNumber(1, 60)),
    })
    .check(z.refine((r) => r.to === undefined || r.to >= r.n, 'Последний месяц плана не может быть раньше первого')),
]);
export type DeadlineRule = z.infer<typeof deadlineRule>;

/** How the roadmap is approved: by an order («УТВЕРЖДЕНА приказом … от … №») or by the head's signature («УТВЕРЖДАЮ»). */
export const approvalForm = z.enum(['order', 'signature']);
export type ApprovalForm = z.infer<typeof approvalForm>;
