// The district's KPI table: a row a school, a column an indicator (plan and fact for the year), the total last,
// and the schools behind their targets named under it.
import { fill } from '../../lib/island-labels.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import type { DistrictTable } from '../../lib/district-picture/aggregate.ts';
import { cellText } from '../../lib/district-picture/tables.ts';
import type { PictureLabels } from './labels.ts';
import { Pager, usePaged } from '../shared/Pager.tsx';

interface Props {
  labels: PictureLabels;
  table: DistrictTable;
  indicators: KpiIndicator[];
}

export function KpiTable({ labels, table, indicators }: Props) {
  return (
    <section aria-labelledby="dp-kpi-heading">
      <h3 id="dp-kpi-heading">{fill(labels.kpiHeading, { year: table.year, next: table.year + 1 })}</h3>
      <p class="dp-hint">{labels.kpiHint}</p>
      <Grid labels={labels} table={table} indicators={indicators} />
      <ol class="dp-indicators">
        {indicators.map((i) => (
          <li key={i.order} value={i.order}>
            {i.title}
          </li>
        ))}
      </ol>
      <Behind labels={labels} behind={table.behind} />
    </section>
  );
}

/** The table itself, a page of schools at a time, with the district's total. */
function Grid({ labels, table, indicators }: Props) {
  const rows = usePaged(table.rows);
  return (
    <>
      <div class="dp-scroll" tabIndex={0} role="group" aria-labelledby="dp-kpi-heading">
        <table class="dp-table">
          <thead>
            <tr>
              <th scope="col">{labels.school}</th>
              {indicators.map((i) => (
                <th scope="col" key={i.order} title={i.title}>
                  № {i.order}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                {r.cells.map((c) => (
                  <td key={c.order} class={c.status?.kind === 'behind' ? 'dp-behind' : undefined}>
                    {cellText(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{labels.total}</th>
              {table.total.map((c) => (
                <td key={c.order}>
                  {cellText(c)}
                  {c.missing > 0 && <> {fill(labels.missingActuals, { n: c.missing })}</>}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <Pager {...rows.pager} name={labels.pageKpi} labels={labels} class="dp-pager" />
    </>
  );
}

/** The schools behind their targets, a page at a time. */
function Behind({ labels, behind: all }: { labels: PictureLabels; behind: DistrictTable['behind'] }) {
  const behind = usePaged(all);
  return (
    <>
      <h4>{labels.behindHeading}</h4>
      {all.length === 0 ? (
        <p>{labels.noneBehind}</p>
      ) : (
        <ul data-testid="dp-behind">
          {behind.shown.map((b) => (
            <li key={`${b.key}-${b.order}`}>
              {fill(labels.behindLine, { name: b.name, order: b.order, n: b.people })}
            </li>
          ))}
        </ul>
      )}
      <Pager {...behind.pager} name={labels.pageBehind} labels={labels} class="dp-pager" />
    </>
  );
}
