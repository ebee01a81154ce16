// The columns of a roadmap table, defined once: the template pages, both Word documents (a template and a built
// roadmap), the builder's table and its spreadsheet all take their headings and widths from here.

export type RoadmapColumnKey =
  | 'number'
  | 'activity'
  | 'deadline'
  | 'responsible'
  | 'municipal'
  | 'school'
  | 'format'
  | 'result';

export interface RoadmapColumn {
  key: RoadmapColumnKey;
  heading: string;
  /** A share of the table's width (the Word table divides its width in these proportions). */
  width: number;
}

const column = {
  number: { key: 'number', heading: '№ п/п', width: 6 },
  activity: { key: 'activity', heading: 'Мероприятие', width: 34 },
  // Wide enough for «01.09.2026 – 31.05.2027» on one line of a landscape page.
  deadline: { key: 'deadline', heading: 'Срок', width: 15 },
  responsible: { key: 'responsible', heading: 'Ответственный (исполнитель)', width: 19 },
  municipal: { key: 'municipal', heading: 'Исполнитель: муниципальный уровень', width: 16 },
  school: { key: 'school', heading: 'Исполнитель: уровень образовательной организации', width: 16 },
  format: { key: 'format', heading: 'Формат', width: 14 },
  result: { key: 'result', heading: 'Результат, вид документа', width: 22 },
} as const satisfies Record<RoadmapColumnKey, RoadmapColumn>;

export interface ColumnChoice {
  /** Two executor columns (municipal and school level) instead of one. */
  twoLevel: boolean;
  /** Whether the «Формат» and «Результат» columns are shown (a plan without them leaves them out). */
  format: boolean;
  result: boolean;
}

/** №, activity, deadline, the executor column or columns, then format and result when the roadmap has them. */
export function roadmapColumns(choice: ColumnChoice): RoadmapColumn[] {
  return [
    column.number,
    column.activity,
    column.deadline,
    ...(choice.twoLevel ? [column.municipal, column.school] : [column.responsible]),
    ...(choice.format ? [column.format] : []),
    ...(choice.result ? [column.result] : []),
  ];
}
