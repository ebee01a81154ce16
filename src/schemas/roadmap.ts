// A roadmap template: sections of numbered activities, each with a deadline rule kept as data (so the
// roadmap builder can schedule it), the responsible roles and the resulting document.
import { z } from 'zod';
import { slug, text, year } from './common.ts';
import { approvalForm, deadlineRule } from './deadline-rule.ts';
import { isStandardColumn } from '../lib/roadmap-columns.ts';

/** Who answers for an item: one list of roles, or separate municipal and school executors (seed 001). */
export const responsible = z.union([
  z.array(text).min(1),
  z.strictObject({ municipal: z.array(text).default([]), school: z.array(text).default([]) }),
]);

export const roadmapItem = z.strictObject({
  /** As the source numbers it: «1», «1.1», «6.1.2», «а», «1.a»; a roadmap without a № column may leave it out. */
  number: z.optional(text),
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
  heading: z.optional(text),
  /** A share of the table's width; by default the standard column's, or 22 for a column of the template's own. */
  width: z.number().int().min(3).max(60).optional(),
});

export const roadmapTemplate = z
  .strictObject({
    title: text,
    /** One or two sentences on what the template is for and who uses it. */
    purpose: text,
    /** `pair`: a mentoring pair's personal plan, scheduled from the pair's start date. */
    level: z.enum(['school', 'municipality', 'municipalSchool', 'pair']),
    /** The authority in the approval block: «УТВЕРЖДЕНА приказом директора от … № …». */
    approvedBy: z._default(text, 'приказом руководителя образовательной организации'),
    approval: z._default(approvalForm, 'order'),
    /** Who signs under «УТВЕРЖДАЮ»: «Директор», «Заведующий», «Начальник управления образования». */
    approverPosition: z._default(text, 'Директор'),
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
