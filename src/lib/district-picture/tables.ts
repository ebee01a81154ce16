// The picture as rows of cells: the KPI table for .xlsx and .docx, participation and satisfaction by school.
// Plain data, shared by the page, the spreadsheet and the report, so the three say the same numbers.
import type { KpiIndicator } from '../kpi/types.ts';
import type { Cell as TableCell } from '../table-export/cell.ts';
import type { Cell, DistrictTable } from './aggregate.ts';
import type { SchoolSummary } from './types.ts';

const number = (value: number) => String(value).replace('.', ',');

/** One cell of the KPI table in words: «план 15 чел. (10 %); факт 12 чел. (8 %)», or «—». */
export function cellText(cell: Cell): string {
  const planned =
    cell.people === null
      ? 'план —'
      : cell.unit === 'percent' && cell.target !== null
        ? `план ${cell.people} чел. (${number(cell.target)} %)`
        : `план ${cell.people}`;
  const actual =
    cell.actual === null
      ? 'факт —'
      : cell.unit === 'percent'
        ? `факт ${cell.actual} чел.${cell.actualPercent !== null ? ` (${number(cell.actualPercent)} %)` : ''}`
        : `факт ${cell.actual}`;
  const behind = cell.status?.kind === 'behind' ? `; не хватает ${cell.status.people}` : '';
  return `${planned}; ${actual}${behind}`;
}

/** The KPI table for a spreadsheet: a row a school, three columns an indicator, the district's total last. */
export function kpiRows(table: DistrictTable, indicators: KpiIndicator[]): TableCell[][] {
  const header: TableCell[] = ['Организация'];
  for (const i of indicators) {
    const unit = i.unit === 'percent' ? 'чел.' : 'ед.';
    header.push(`№ ${i.order}: план, ${unit}`, `№ ${i.order}: факт, ${unit}`);
    if (i.unit === 'percent') header.push(`№ ${i.order}: факт, %`);
  }
  const line = (name: string, cells: Cell[]): TableCell[] => [
    name,
    ...cells.flatMap((c) => [c.people, c.actual, ...(c.unit === 'percent' ? [c.actualPercent] : [])]),
  ];
  return [header, ...table.rows.map((r) => line(r.name, r.cells)), line('Всего по району', table.total)];
}

export interface Participation {
  name: string;
  mentees: number;
  mentors: number;
  programmes: number;
  responses: number;
  menteesSatisfied: string;
  mentorsSatisfied: string;
}

const share = (s: SchoolSummary['mentees']) =>
  s ? `${s.satisfied} из ${s.answered} (${number(Math.round((s.satisfied * 1000) / s.answered) / 10)} %)` : '—';

export function participation(schools: SchoolSummary[]): Participation[] {
  return schools.map((s) => ({
    name: s.name,
    mentees: s.youngTeacherMentees + s.studentMentees,
    mentors: s.mentors.length,
    programmes: s.programmes.length,
    responses: s.responses,
    menteesSatisfied: share(s.mentees),
    mentorsSatisfied: share(s.mentorsSatisfied),
  }));
}

/** The district's totals of participation: plain sums; satisfaction over everyone who answered. */
export function participationTotal(schools: SchoolSummary[]): Participation {
  const add = (pick: (s: SchoolSummary) => SchoolSummary['mentees']) => {
    const all = schools.map(pick).filter((s) => s !== null);
    return all.length
      ? {
          answered: all.reduce((a, s) => a + s.answered, 0),
          satisfied: all.reduce((a, s) => a + s.satisfied, 0),
        }
      : null;
  };
  const rows = participation(schools);
  return {
    name: 'Всего по району',
    mentees: rows.reduce((a, r) => a + r.mentees, 0),
    mentors: rows.reduce((a, r) => a + r.mentors, 0),
    programmes: rows.reduce((a, r) => a + r.programmes, 0),
    responses: rows.reduce((a, r) => a + r.responses, 0),
    menteesSatisfied: share(add((s) => s.mentees)),
    mentorsSatisfied: share(add((s) => s.mentorsSatisfied)),
  };
}
