// A roadmap template as a table of text: its columns and, section by section, its rows. The page and the
// Word document both draw this one table, so they always agree.
import type { RoadmapTemplate } from '../schemas/roadmap.ts';
import { deadlineText, shiftRuleYears } from './deadline-text.ts';
import { schoolYearOf } from './dates.ts';
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

/**
 * The first school year a blank is dated for: the coming one, so no blank a user downloads shows a deadline
 * already past (a template keeps the years of the roadmap it was made from; the blank moves them here).
 */
export const blankFirstYear = (today: string): number => schoolYearOf(today) + 1;

/** How many years a template's written years move in a blank that starts in `firstYear`. */
export const blankShift = (template: Pick<RoadmapTemplate, 'period'>, firstYear?: number): number =>
  template.period && firstYear !== undefined ? firstYear - template.period.from : 0;

/** The template's table; with `firstYear`, its written years moved so its period starts then. */
export function roadmapTable(template: RoadmapTemplate, firstYear?: number): RoadmapTable {
  const columns = templateColumns(template);
  const shift = blankShift(template, firstYear);
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
          deadline: deadlineText(shiftRuleYears(item.deadline, shift)),
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

/** «на 2020–2024 годы» (moved to start in `firstYear` when given), or nothing for a template without a period. */
export function periodText(template: Pick<RoadmapTemplate, 'period'>, firstYear?: number): string {
  const shift = blankShift(template, firstYear);
  return template.period ? `на ${template.period.from + shift}–${template.period.to + shift} годы` : '';
}

/** What a blank says under its title about its dates, and where real ones are made. */
export function blankDatesNote(template: Pick<RoadmapTemplate, 'period' | 'level'>, firstYear: number): string {
  const builder = 'Конструктор дорожной карты на сайте (раздел «Инструменты») рассчитает сроки на ваш период';
  if (template.level === 'pair') return `Сроки считаются от даты начала работы пары. ${builder}.`;
  return template.period
    ? `Сроки с годами даны для плана, который начинается в ${firstYear}/${firstYear + 1} учебном году. ${builder}.`
    : `Сроки без года относятся к учебному году, на который составляется план. ${builder}.`;
}
