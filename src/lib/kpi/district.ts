// The whole calculation: the period, each indicator's trajectory, every school's targets in people and,
// in monitoring mode, the actual counts against them; in district mode the totals over the schools.
// A school's target rounds up on its own (each school must reach it), so the district's total in people
// is the sum of the schools' targets and may exceed the percentage of the summed population by a few.
import { actualPercent, status, targetPeople } from './targets.ts';
import { trajectoryTargets } from './trajectory.ts';
import type {
  FieldErrors,
  IndicatorResult,
  KpiIndicator,
  KpiResult,
  KpiState,
  SchoolInput,
  SchoolResult,
} from './types.ts';
import { parseActual, parseCount, parsePeriod, parsePopulation } from './validate.ts';

export const countField = (school: number, population: string) => `s${school}-${population}`;
export const actualField = (order: number, yearIndex: number) => `a${order}-y${yearIndex}`;

function schoolResult(
  school: SchoolInput,
  index: number,
  indicators: KpiIndicator[],
  targets: (number | null)[][],
  years: number[],
  errors: FieldErrors,
  actuals: KpiState['actuals'] | null,
): SchoolResult {
  const results = indicators.map((indicator, k): IndicatorResult => {
    const field = countField(index, indicator.population);
    const text = school.counts[indicator.population] ?? '';
    const parsed = indicator.unit === 'percent' ? parsePopulation(text) : parseCount(text);
    let population: number | null = null;
    if (parsed.ok) population = parsed.value;
    else errors[field] ??= parsed.error;
    const wanted = targets[k]!;
    if (indicator.unit === 'count' && population !== null) {
      // A count target cannot ask for more organisations than there are to ask.
      const highest = Math.max(0, ...wanted.map((v) => v ?? 0));
      if (highest > population) {
        errors[field] ??= { code: 'belowTarget', limit: highest };
        population = null;
      }
    }
    const typed = actuals?.[indicator.order];
    return {
      order: indicator.order,
      unit: indicator.unit,
      population,
      years: years.map((year, i) => {
        const target = wanted[i] ?? null;
        const people =
          target === null || population === null
            ? null
            : indicator.unit === 'percent'
              ? targetPeople(target, population)
              : target;
        let actual: number | null = null;
        const actualText = typed?.[String(year)] ?? '';
        if (actualText.trim() !== '') {
          const a = parseActual(actualText, population);
          if (a.ok) actual = a.value;
          else errors[actualField(indicator.order, i)] = a.error;
        }
        return {
          year,
          target,
          people,
          actual,
          actualPercent:
            actual !== null && population !== null && indicator.unit === 'percent'
              ? actualPercent(actual, population)
              : null,
          status: actual !== null && people !== null ? status(people, actual) : null,
        };
      }),
    };
  });
  return { name: school.name, indicators: results };
}

/** Sums people and populations over the schools; a total is null while any school's value is. */
function totals(
  schools: SchoolResult[],
  indicators: KpiIndicator[],
  years: number[],
  targets: (number | null)[][],
): SchoolResult {
  return {
    name: '',
    indicators: indicators.map((indicator, k): IndicatorResult => {
      let population: number | null = 0;
      for (const s of schools)
        population =
          population === null || s.indicators[k]!.population === null
            ? null
            : population + s.indicators[k]!.population!;
      return {
        order: indicator.order,
        unit: indicator.unit,
        population,
        years: years.map((year, i) => {
          let people: number | null = 0;
          for (const s of schools) {
            const p = s.indicators[k]!.years[i]!.people;
            people = people === null || p === null ? null : people + p;
          }
          return { year, target: targets[k]![i] ?? null, people, actual: null, actualPercent: null, status: null };
        }),
      };
    }),
  };
}

export function computeKpi(state: KpiState, indicators: KpiIndicator[]): KpiResult {
  const errors: FieldErrors = {};
  const period = parsePeriod(state.firstYear, state.lastYear);
  Object.assign(errors, period.errors);
  const years = period.years ?? [];
  const targets = indicators.map((indicator) =>
    trajectoryTargets(indicator, state.trajectories[indicator.order] ?? { kind: 'preset' }, years, errors),
  );
  const rows = state.mode === 'school' ? state.schools.slice(0, 1) : state.schools;
  const actuals = state.mode === 'school' && state.monitoring ? state.actuals : null;
  const schools = rows.map((school, index) => schoolResult(school, index, indicators, targets, years, errors, actuals));
  const total = state.mode === 'school' && schools[0] ? schools[0] : totals(schools, indicators, years, targets);
  return { years, schools, total, errors };
}
