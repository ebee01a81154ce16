// A roadmap template as a table of text: its columns and, section by section, its rows. The page and the
// Word document both draw this one table, so they always agree.
import type { RoadmapTemplate } from '../schemas/roadmap.ts';
import { deadlineText } from './deadline-text.ts';
import { roadmapColumns, type RoadmapColumn } from './roadmap-columns.ts';

export interface RoadmapTable {
  columns: RoadmapColumn[];
  sections: { title: string; rows: string[][] }[];
}

export function roadmapTable(template: RoadmapTemplate): RoadmapTable {
  const items = template.sections.flatMap((section) => section.items);
  const twoLevel = items.some((item) => !Array.isArray(item.responsible));
  const hasFormat = items.some((item) => item.format);
  const hasResult = items.some((item) => item.result);

  const columns = roadmapColumns({ twoLevel, format: hasFormat, result: hasResult });

  const responsible = (item: (typeof items)[number]) =>
    Array.isArray(item.responsible)
      ? [item.responsible.join(', '), ...(twoLevel ? [''] : [])]
      : [item.responsible.municipal.join(', '), item.responsible.school.join(', ')];

  return {
    columns,
    sections: template.sections.map((section) => ({
      title: section.title,
      rows: section.items.map((item) => [
        item.number,
        item.activity,
        deadlineText(item.deadline),
        ...responsible(item),
        ...(hasFormat ? [item.format ?? ''] : []),
        ...(hasResult ? [item.result ?? ''] : []),
      ]),
    })),
  };
}

/** «на 2020–2024 годы», or nothing for a template without a period. */
export function periodText(template: Pick<RoadmapTemplate, 'period'>): string {
  return template.period ? `на ${template.period.from}–${template.period.to} годы` : '';
}
