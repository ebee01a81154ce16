// The columns of a roadmap table, defined once: the template pages, both Word documents (a template and a built
// roadmap), the builder's table and its spreadsheet all take their headings and widths from here. A template
// may name its own columns and headings (src/schemas/roadmap.ts, `columns`), extra ones included.

/** The columns every roadmap knows how to fill; a template may add its own under other keys. */
export const standardColumnKeys = [
  'number',
  'activity',
  'deadline',
  'responsible',
  'municipal',
  'school',
  'format',
  'result',
] as const;
export type StandardColumnKey = (typeof standardColumnKeys)[number];

export interface RoadmapColumn {
  /** A standard key, or a template's own (`stage`, `content`) whose text each item keeps in `cells`. */
  key: string;
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
} as const satisfies Record<StandardColumnKey, RoadmapColumn>;

/** A template's own column's width when it names none: as wide as a result column. */
const extraWidth = 22;

export const isStandardColumn = (key: string): key is StandardColumnKey =>
  (standardColumnKeys as readonly string[]).includes(key);

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

/** A column as a template names it: its key, and a heading and width where it sets its own. */
export interface ColumnSpec {
  key: string;
  heading?: string | undefined;
  width?: number | undefined;
}

/** The template's own columns with the standard headings and widths filled in where it gives none. */
export function namedColumns(specs: readonly ColumnSpec[]): RoadmapColumn[] {
  return specs.map((spec) => {
    const standard = isStandardColumn(spec.key) ? column[spec.key] : undefined;
    return {
      key: spec.key,
      heading: spec.heading ?? standard?.heading ?? spec.key,
      width: spec.width ?? standard?.width ?? extraWidth,
    };
  });
}

/** A row of text in the order of `columns`: a standard column's text from `standard`, any other from `cells`. */
export function rowCells(
  columns: readonly RoadmapColumn[],
  standard: Partial<Record<StandardColumnKey, string>>,
  cells: Readonly<Record<string, string>> = {},
): string[] {
  return columns.map((c) => (isStandardColumn(c.key) ? standard[c.key] : cells[c.key]) ?? '');
}

/** The template's own columns: those not in standardColumnKeys, with their headings. */
export const extraColumns = (columns: readonly RoadmapColumn[]): RoadmapColumn[] =>
  columns.filter((c) => !isStandardColumn(c.key));
