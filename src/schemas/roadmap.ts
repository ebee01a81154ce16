// A roadmap template: sections of numbered activities, each with a deadline rule kept as data (so the
// roadmap builder can schedule it), the responsible roles and the resulting document.
import { z } from 'zod';
import { isoDate, month, slug, text, year } from './common.ts';
import { isStandardColumn } from '../lib/roadmap-columns.ts';

/** Every shape of deadline that real roadmaps use (docs/domain.md, «Roadmaps»). */
export const deadlineRule = z.discriminatedUnion('kind', [
  /** «до 10.09.2020», «10.09.2020» */
  z.strictObject({ kind: z.literal('date'), date: isoDate, by: z.boolean().default(true) }),
  /** «до 01 октября»: that day in the school year being planned */
  z.strictObject({
    kind: z.literal('dayOfSchoolYear'),
    day: z.number().int().min(1).max(31),
    month,
    by: z.boolean().default(true),
  }),
  /** «Декабрь, май»: the months of each school year */
  z.strictObject({ kind: z.literal('months'), months: z.array(month).min(1) }),
  /** «октябрь – декабрь 2020 г.»: a span of months, with the year where the source gives it */
  z.strictObject({
    kind: z.literal('span'),
    from: z.strictObject({ month, year: year.optional() }),
    to: z.strictObject({ month, year: year.optional() }),
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
      months: z.array(month).default([]),
      /** «ежегодно до 30 июня»: a day of the one month in `months`, a deadline to finish by every school year. */
      day: z.number().int().min(1).max(31).optional(),
      years: z.strictObject({ from: year, to: year }).optional(),
    })
    .refine((r) => r.day === undefined || r.months.length === 1, 'День срока «ежегодно до …» — для одного месяца'),
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
    months: z.number().int().min(0).max(60).default(0),
    weeks: z.number().int().min(0).max(260).default(0),
    days: z.number().int().min(0).max(1826).default(0),
    by: z.boolean().default(true),
    /**
     * When the plan is made from the pairs order, its «планы составить до …» decides: `is` — the step of drawing
     * up the plan, due on that date (so the plan and the order agree); `notAfter` — a step the plan is drawn up
     * from (getting to know each other, the first questionnaire), due no later than that date.
     */
    plansDue: z.enum(['is', 'notAfter']).optional(),
  }),
  /** «1-й месяц плана», «2–8-й месяцы плана»: months of a personal plan counted from its start, as a span */
  z
    .strictObject({
      kind: z.literal('monthOfPlan'),
      n: z.number().int().min(1, 'Месяц плана — с первого').max(60),
      to: z.number().int().min(1).max(60).optional(),
    })
    .refine((r) => r.to === undefined || r.to >= r.n, 'Последний месяц плана не может быть раньше первого'),
]);
export type DeadlineRule = z.infer<typeof deadlineRule>;

/** Who answers for an item: one list of roles, or separate municipal and school executors (seed 001). */
export const responsible = z.union([
  z.array(text).min(1),
  z.strictObject({ municipal: z.array(text).default([]), school: z.array(text).default([]) }),
]);

export const roadmapItem = z.strictObject({
  /** As the source numbers it: «1», «1.1», «6.1.2», «а», «1.a»; a roadmap without a № column may leave it out. */
  number: text.optional(),
  activity: text,
  deadline: deadlineRule,
  responsible,
  /** «Результат, вид документа»; a plan of events (the school of mentoring) has none. */
  result: z.string().optional(),
  /** The format of an event in a plan: практикум, открытый урок, коуч-сессия… */
  format: z.string().optional(),
  /** The text of the template's own columns (`columns` with keys of its own, e.g. `content`), by column key. */
  cells: z.record(slug, z.string()).optional(),
});

/** A column of the template's table: a standard key (number, activity, deadline…) or one of its own, and its heading. */
export const roadmapColumn = z.strictObject({
  key: slug,
  /** The heading as the source prints it: «Сроки», «Ожидаемый результат»; a standard column may keep its own. */
  heading: text.optional(),
  /** A share of the table's width; by default the standard column's, or 22 for a column of the template's own. */
  width: z.number().int().min(3).max(60).optional(),
});

/** How the roadmap is approved: by an order («УТВЕРЖДЕНА приказом … от … №») or by the head's signature («УТВЕРЖДАЮ»). */
export const approvalForm = z.enum(['order', 'signature']);
export type ApprovalForm = z.infer<typeof approvalForm>;

export const roadmapTemplate = z
  .strictObject({
    title: text,
    /** One or two sentences on what the template is for and who uses it. */
    purpose: text,
    /** `pair`: a mentoring pair's personal plan, scheduled from the pair's start date. */
    level: z.enum(['school', 'municipality', 'municipalSchool', 'pair']),
    /** The authority in the approval block: «УТВЕРЖДЕНА приказом директора от … № …». */
    approvedBy: text.default('приказом руководителя образовательной организации'),
    approval: approvalForm.default('order'),
    /** Who signs under «УТВЕРЖДАЮ»: «Директор», «Заведующий», «Начальник управления образования». */
    approverPosition: text.default('Директор'),
    /** The table's columns in order, with the source's headings; absent, the standard ones the items fill. */
    columns: z.array(roadmapColumn).min(2).optional(),
    period: z
      .strictObject({ from: year, to: year })
      .refine((p) => p.from <= p.to, 'Период: первый год не может быть позже последнего')
      .optional(),
    sections: z.array(z.strictObject({ title: text, items: z.array(roadmapItem).min(1) })).min(1),
  })
  .superRefine((template, ctx) => {
    const keys = (template.columns ?? []).map((c) => c.key);
    (template.columns ?? []).forEach((column, c) => {
      if (keys.indexOf(column.key) !== c)
        ctx.addIssue({ code: 'custom', path: ['columns', c, 'key'], message: `Столбец «${column.key}» назван дважды` });
      if (!isStandardColumn(column.key) && !column.heading)
        ctx.addIssue({ code: 'custom', path: ['columns', c, 'heading'], message: 'У своего столбца нужен заголовок' });
    });
    for (const required of template.columns ? ['activity', 'deadline'] : [])
      if (!keys.includes(required))
        ctx.addIssue({ code: 'custom', path: ['columns'], message: `Нужен столбец «${required}»` });
    for (const [s, section] of template.sections.entries())
      for (const [i, item] of section.items.entries())
        for (const key of Object.keys(item.cells ?? {}))
          if (!keys.includes(key) || isStandardColumn(key))
            ctx.addIssue({
              code: 'custom',
              path: ['sections', s, 'items', i, 'cells', key],
              message: `Столбца «${key}» нет среди своих столбцов шаблона (columns): добавьте его туда или уберите текст`,
            });
  });
export type RoadmapTemplate = z.infer<typeof roadmapTemplate>;
