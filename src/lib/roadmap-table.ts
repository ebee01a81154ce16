// A roadmap template as a table of text: its columns and, section by section, its rows. The page and the
// Word document both draw this one table, so they always agree.
import type { RoadmapTemplate } from '../schemas/roadmap.ts';
import { deadlineText } from './deadline-text.ts';
import { namedColumns, roadmapColumns, rowCells, type RoadmapColumn } from './roadmap-columns.ts';

export interface RoadmapTable {
  columns: RoadmapColumn[];
  sections: { title: string; rows: string[][] }[];
}

/** The template's own columns where it names them, else the standard ones its items fill. */
export function templateColumns(template: RoadmapTemplate): RoadmapColumn[] {
  if (template.columns) return namedColumns(template.columns);
  const items = template.sections.flatMap((section) => section.items);
  return roadmapColumns({
    twoLevel: items.some((item) => !Array.isArray(item.responsible)),
    format: items.some((item) => item.format),
    result: items.some((item) => item.result),
  });
}

export function roadmapTable(template: RoadmapTemplate): RoadmapTable {
  const columns = templateColumns(template);
  return {
    columns,
    sections: template.sections.map((section) => ({
      title: section.title,
      rows: section.items.map((item) => {
        const [municipal, school] = Array.isArray(item.responsible)
          ? [item.responsible, []]
          : [item.responsible.municipal, item.responsible.school];
        const standard = {
          number: item.number ?? '',
          activity: item.activity,
          deadline: deadlineText(item.deadline),
          responsible: municipal.join(', '),
          municipal: municipal.join(', '),
          school: school.join(', '),
          format: item.format ?? '',
          result: item.result ?? '',
        };
        return rowCells(columns, standard, item.cells);
      }),
    })),
  };
}

/** «на 2020–2024 годы», or nothing for a template without a period. */
export function periodText(template: Pick<RoadmapTemplate, 'period'>): string {
  return template.period ? `на ${template.period.from}–${template.period.to} годы` : '';
}
