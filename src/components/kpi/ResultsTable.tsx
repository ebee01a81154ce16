// The planned-results table of the organisation (or the district's totals): each indicator's target per
// year in % and in people; in monitoring mode a row of actual counts under it with the status of each year.
import { actualField } from '../../lib/kpi/district.ts';
import type { IndicatorResult, KpiIndicator, YearCell } from '../../lib/kpi/types.ts';
import { Field } from './Field.tsx';
import { fill } from '../../lib/island-labels.ts';
import { formatNumber, type KpiLabels } from './labels.ts';
import { inputId, type PartProps } from './types.ts';

export const unitOf = (indicator: KpiIndicator, labels: KpiLabels) =>
  indicator.unit === 'percent' ? labels.people : labels.units;

function TargetCell({ cell, indicator, labels }: { cell: YearCell; indicator: KpiIndicator; labels: KpiLabels }) {
  if (cell.people === null) return <td class="kpi-num">{labels.noValue}</td>;
  return (
    <td class="kpi-num">
      {indicator.unit === 'percent' && <span class="kpi-percent">{formatNumber(cell.target!)} %</span>}
      <span class="kpi-people">
        {formatNumber(cell.people)} {unitOf(indicator, labels)}
      </span>
    </td>
  );
}

function StatusText({ cell, indicator, labels }: { cell: YearCell; indicator: KpiIndicator; labels: KpiLabels }) {
  if (!cell.status) return null;
  return (
    <span class={`kpi-status kpi-status--${cell.status.kind}`}>
      {cell.actualPercent !== null && <span class="kpi-percent">{formatNumber(cell.actualPercent)} %</span>}
      {cell.status.kind === 'reached'
        ? cell.status.surplus > 0
          ? fill(labels.reachedMore, { n: cell.status.surplus })
          : labels.reached
        : fill(labels.behind, { n: cell.status.people, unit: unitOf(indicator, labels) })}
    </span>
  );
}

interface Props extends PartProps {
  rows: IndicatorResult[];
  caption: string;
  editableActuals: boolean;
}

export function ResultsTable({ rows, caption, editableActuals, state, update, result, indicators, labels }: Props) {
  const setActual = (order: number, year: number, value: string) =>
    update((s) => ({ ...s, actuals: { ...s.actuals, [order]: { ...s.actuals[order], [year]: value } } }));
  return (
    <div class="kpi-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="kpi-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.colOrder}</th>
            <th scope="col">{labels.colIndicator}</th>
            <th scope="col">{labels.colPopulation}</th>
            {result.years.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator, k) => {
            const row = rows[k]!;
            return [
              <tr key={indicator.order}>
                <td>{indicator.order}</td>
                <th scope="row">{indicator.title}</th>
                <td class="kpi-num">{row.population === null ? labels.noValue : formatNumber(row.population)}</td>
                {row.years.map((cell) => (
                  <TargetCell key={cell.year} cell={cell} indicator={indicator} labels={labels} />
                ))}
              </tr>,
              editableActuals && (
                <tr key={`${indicator.order}-actual`} class="kpi-actual-row">
                  <td />
                  <th scope="row">{fill(labels.actualRow, { unit: unitOf(indicator, labels) })}</th>
                  <td />
                  {row.years.map((cell, i) => (
                    <td key={cell.year}>
                      <Field
                        id={inputId(actualField(indicator.order, i))}
                        label={fill(labels.actualLabel, { year: cell.year, order: indicator.order })}
                        hideLabel
                        value={state.actuals[indicator.order]?.[String(cell.year)] ?? ''}
                        onValue={(value) => setActual(indicator.order, cell.year, value)}
                        error={result.errors[actualField(indicator.order, i)]}
                        labels={labels}
                        size={4}
                      />
                      <StatusText cell={cell} indicator={indicator} labels={labels} />
                    </td>
                  ))}
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
