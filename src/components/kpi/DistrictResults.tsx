// One indicator's targets in people for every school of the district, with the total underneath.
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import { fill } from '../../lib/island-labels.ts';
import { formatNumber } from './labels.ts';
import { unitOf } from './ResultsTable.tsx';
import type { PartProps } from './types.ts';

export function DistrictResults({
  result,
  labels,
  indicator,
  index,
}: PartProps & { indicator: KpiIndicator; index: number }) {
  const caption = fill(labels.bySchool, { indicator: `${indicator.order}. ${indicator.title}` });
  const unit = unitOf(indicator, labels);
  const total = result.total.indicators[index]!;
  return (
    <div class="kpi-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="kpi-table">
        <caption>
          {caption}, {unit}
        </caption>
        <thead>
          <tr>
            <th scope="col">{labels.schoolName}</th>
            <th scope="col">{labels.colPopulation}</th>
            {result.years.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.schools.map((school, i) => {
            const row = school.indicators[index]!;
            return (
              <tr key={i}>
                <th scope="row">{school.name.trim() || fill(labels.schoolN, { n: i + 1 })}</th>
                <td class="kpi-num">{row.population === null ? labels.noValue : formatNumber(row.population)}</td>
                {row.years.map((c) => (
                  <td class="kpi-num" key={c.year}>
                    {c.people === null ? labels.noValue : formatNumber(c.people)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{labels.total}</th>
            <td class="kpi-num">{total.population === null ? labels.noValue : formatNumber(total.population)}</td>
            {total.years.map((c) => (
              <td class="kpi-num" key={c.year}>
                {c.people === null ? labels.noValue : formatNumber(c.people)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
