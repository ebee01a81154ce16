// A pair's plan (a roadmap template of level `pair`) in the words of a kindergarten or a college, by the same
// rules as the forms (forms/wording.ts): «урок» becomes «занятие», «класс» — «группа», «учитель» — «педагог».
// School and municipal roadmaps are not reworded: the kindergarten and the college have templates of their own.
import type { RoadmapTemplate } from '../schemas/roadmap.ts';
import { inWording, type WordingKind } from './forms/wording.ts';

/** The template in the organisation's words; the same template for a school. Numbers and deadlines never change. */
export function roadmapInWording(template: RoadmapTemplate, kind: WordingKind): RoadmapTemplate {
  if (kind === 'school') return template;
  const t = (text: string) => inWording(text, kind);
  const roles = (list: string[]) => list.map(t);
  return {
    ...template,
    title: t(template.title),
    purpose: t(template.purpose),
    ...(template.columns
      ? { columns: template.columns.map((c) => (c.heading ? { ...c, heading: t(c.heading) } : c)) }
      : {}),
    sections: template.sections.map((section) => ({
      title: t(section.title),
      items: section.items.map((item) => ({
        ...item,
        activity: t(item.activity),
        responsible: Array.isArray(item.responsible)
          ? roles(item.responsible)
          : { municipal: roles(item.responsible.municipal), school: roles(item.responsible.school) },
        ...(item.result === undefined ? {} : { result: t(item.result) }),
        ...(item.format === undefined ? {} : { format: t(item.format) }),
        ...(item.cells ? { cells: Object.fromEntries(Object.entries(item.cells).map(([k, v]) => [k, t(v)])) } : {}),
      })),
    })),
  };
}
