// The district's KPI table with actuals: each school's targets from the calculator's own maths (district mode,
// the same trajectories for every school), its actuals for the year from its file, and the district's totals,
// which are the plain sums of the schools' values (a school with no value adds nothing and is counted as missing).
import { computeKpi } from '../kpi/district.ts';
import { actualPercent, status } from '../kpi/targets.ts';
import { populations, type KpiIndicator, type KpiState, type Status } from '../kpi/types.ts';
import type { SchoolSummary } from './types.ts';

export interface PictureSettings {
  firstYear: string;
  lastYear: string;
  /** The year of the picture: the school year by its first calendar year, as the calculator names years. */
  year: string;
  trajectories: KpiState['trajectories'];
}

export interface Cell {
  order: number;
  unit: 'percent' | 'count';
  population: number | null;
  /** The year's target (% or units); null when the period does not hold the year. */
  target: number | null;
  /** The target in people (units). */
  people: number | null;
  actual: number | null;
  actualPercent: number | null;
  status: Status | null;
}

export interface SchoolRow {
  key: string;
  name: string;
  cells: Cell[];
}

export interface TotalCell extends Cell {
  /** Schools whose actual is missing for this indicator. */
  missing: number;
}

export interface DistrictTable {
  year: number;
  rows: SchoolRow[];
  total: TotalCell[];
  /** Schools behind a target, with the indicator and how many people short. */
  behind: { key: string; name: string; order: number; people: number }[];
}

/** The actual of an indicator for the year: what the school typed in its calculator, else what its data tell. */
export function actualOf(school: SchoolSummary, order: number, year: string): number | null {
  const typed = school.kpiActuals[String(order)]?.[year];
  if (typed !== undefined) return typed;
  switch (order) {
    case 1:
      return school.studentMentees > 0 ? school.studentMentees : null;
    case 3:
      return school.youngTeacherMentees > 0 ? school.youngTeacherMentees : null;
    case 5:
      return school.mentees?.satisfied ?? null;
    case 6:
      return school.mentorsSatisfied?.satisfied ?? null;
    default:
      return null;
  }
}

const sum = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
};

export function districtTable(
  schools: SchoolSummary[],
  indicators: KpiIndicator[],
  settings: PictureSettings,
): DistrictTable {
  const state: KpiState = {
    mode: 'district',
    organisation: '',
    firstYear: settings.firstYear,
    lastYear: settings.lastYear,
    schools: schools.map((s) => ({
      name: s.name,
      counts: Object.fromEntries(
        populations.map((p) => [p, s.counts[p] === undefined ? '' : String(s.counts[p])]),
      ) as Record<(typeof populations)[number], string>,
    })),
    trajectories: settings.trajectories,
    monitoring: false,
    actuals: {},
  };
  const result = computeKpi(state, indicators);
  const year = Number(settings.year);
  const y = result.years.indexOf(year);
  const rows: SchoolRow[] = schools.map((school, s) => ({
    key: school.key,
    name: school.name,
    cells: indicators.map((indicator, k): Cell => {
      const computed = result.schools[s]!.indicators[k]!;
      const cell = y >= 0 ? computed.years[y]! : null;
      const population = computed.population;
      const actual = actualOf(school, indicator.order, settings.year);
      const people = cell?.people ?? null;
      return {
        order: indicator.order,
        unit: indicator.unit,
        population,
        target: cell?.target ?? null,
        people,
        actual,
        actualPercent:
          actual !== null && population !== null && indicator.unit === 'percent'
            ? actualPercent(actual, population)
            : null,
        status: actual !== null && people !== null ? status(people, actual) : null,
      };
    }),
  }));
  const total = indicators.map((indicator, k): TotalCell => {
    const cells = rows.map((r) => r.cells[k]!);
    const actual = sum(cells.map((c) => c.actual));
    // The district's share is taken over the schools that report both the actual and the population.
    const both = cells.filter((c) => c.actual !== null && c.population !== null);
    const bothPopulation = sum(both.map((c) => c.population));
    const people = sum(cells.map((c) => c.people));
    return {
      order: indicator.order,
      unit: indicator.unit,
      population: sum(cells.map((c) => c.population)),
      target: y >= 0 ? (result.total.indicators[k]!.years[y]?.target ?? null) : null,
      people,
      actual,
      actualPercent:
        indicator.unit === 'percent' && bothPopulation
          ? actualPercent(sum(both.map((c) => c.actual)) ?? 0, bothPopulation)
          : null,
      status: null,
      missing: cells.filter((c) => c.actual === null).length,
    };
  });
  const behind = rows.flatMap((row) =>
    row.cells.flatMap((c) =>
      c.status?.kind === 'behind' ? [{ key: row.key, name: row.name, order: c.order, people: c.status.people }] : [],
    ),
  );
  return { year, rows, total, behind };
}
