// What the calculator prints into the planned-results table (.docx): each cell the target in % with the
// people it means, or the count; under the table, the counts it was computed from and the rounding rule.
import type { Indicator } from '../../schemas/indicator.ts';
import type { KpiIndicator, KpiResult, KpiState } from './types.ts';

const number = (value: number) => String(value).replace('.', ',');

export const populationNames = {
  students10to18: 'обучающиеся 10–18 лет',
  students15to18: 'обучающиеся 15–18 лет',
  youngTeachers: 'молодые учителя (стаж 0–3 года)',
  partnerOrganisations: 'организации-партнёры',
  surveyedMentees: 'все наставляемые программ наставничества',
  surveyedMentors: 'все наставники программ наставничества',
} as const;

export interface DocumentData {
  indicators: Indicator[];
  years: string[];
  organisation: string;
  values: Record<number, Record<string, string>>;
  notes: string[];
}

export function documentData(state: KpiState, result: KpiResult, indicators: KpiIndicator[]): DocumentData {
  const values: DocumentData['values'] = {};
  const compared = state.mode === 'school' && state.monitoring;
  indicators.forEach((indicator, k) => {
    const row = result.total.indicators[k]!;
    values[indicator.order] = Object.fromEntries(
      row.years.map((c) => {
        const planned =
          c.people === null || c.target === null
            ? '—'
            : indicator.unit === 'percent'
              ? `${number(c.target)}\n\n(${c.people} чел.)`
              : String(c.people);
        // With «Сравнить с фактом» on, the document carries the actuals the page compares, under the targets.
        if (!compared || c.actual === null) return [String(c.year), planned];
        const actual =
          indicator.unit === 'percent' && c.actualPercent !== null
            ? `${number(c.actualPercent)} (${c.actual} чел.)`
            : String(c.actual);
        return [String(c.year), `план: ${planned}\n\nфакт: ${actual}`];
      }),
    );
  });
  const district = state.mode === 'district';
  const counts = indicators
    .filter((indicator, k, all) => all.findIndex((i) => i.population === indicator.population) === k)
    .map((indicator) => {
      const row = result.total.indicators[indicators.indexOf(indicator)]!;
      return `${populationNames[indicator.population]} — ${row.population ?? '—'}`;
    });
  return {
    indicators: indicators.map(
      ({ preset: _, ...rest }) => ({ ...rest, preset: { source: '', values: {} } }) as Indicator,
    ),
    years: result.years.map(String),
    organisation: state.organisation.trim(),
    values,
    notes: [
      `${district ? `Всего по ${result.schools.length} школам района` : 'Численность'}: ${counts.join('; ')}.`,
      ...(compared
        ? ['План — целевое значение показателя; факт — достигнутое значение по данным мониторинга за этот год.']
        : []),
      'Число людей — наименьшее целое число, не меньшее заданной доли: при пересчёте процента в людей результат округляется вверх.' +
        (district ? ' Цель района в людях — сумма целей школ, каждая из которых округлена вверх.' : ''),
    ],
  };
}
