// How each indicator's yearly targets are set: the example preset, a straight line or typed values.
import { trajectoryField } from '../../lib/kpi/trajectory.ts';
import type { KpiIndicator, Trajectory } from '../../lib/kpi/types.ts';
import { Field } from './Field.tsx';
import { fill } from '../../lib/island-labels.ts';
import { formatNumber } from './labels.ts';
import { inputId, type PartProps } from './types.ts';

export function TrajectoryFields(props: PartProps) {
  const { labels, indicators } = props;
  return (
    <fieldset class="kpi-trajectories">
      <legend>{labels.trajectories}</legend>
      {indicators.map((indicator) => (
        <IndicatorTrajectory key={indicator.order} {...props} indicator={indicator} />
      ))}
    </fieldset>
  );
}

function IndicatorTrajectory({ state, update, result, labels, indicator }: PartProps & { indicator: KpiIndicator }) {
  const order = indicator.order;
  const trajectory: Trajectory = state.trajectories[order] ?? { kind: 'preset' };
  const years = result.years;
  const unit = indicator.unit === 'percent' ? '%' : labels.units;
  const set = (next: Trajectory) => update((s) => ({ ...s, trajectories: { ...s.trajectories, [order]: next } }));
  // Switching keeps the numbers the person sees: a line starts from the current first and last targets.
  const current =
    result.total.indicators
      .find((r) => r.order === order)
      ?.years.map((c) => (c.target === null ? '' : String(c.target).replace('.', ','))) ?? [];
  const choose = (kind: Trajectory['kind']) => {
    if (kind === 'preset') set({ kind });
    else if (kind === 'line') set({ kind, from: current[0] ?? '', to: current.at(-1) ?? '' });
    else set({ kind, values: Object.fromEntries(years.map((year, i) => [String(year), current[i] ?? ''])) });
  };
  const id = inputId(`t${order}-kind`);
  return (
    <fieldset class="kpi-trajectory">
      <legend class="kpi-trajectory-title">
        {order}. {indicator.title}, {unit}
      </legend>
      <div class="kpi-row">
        <div class="kpi-field">
          <label for={id}>{labels.trajectory}</label>
          <select
            id={id}
            value={trajectory.kind}
            onChange={(event) => choose(event.currentTarget.value as Trajectory['kind'])}
          >
            <option value="preset">{labels.trajectoryPreset}</option>
            <option value="line">{labels.trajectoryLine}</option>
            <option value="manual">{labels.trajectoryManual}</option>
          </select>
        </div>
        {trajectory.kind === 'preset' && (
          <p class="kpi-hint">
            {fill(labels.presetValues, { values: indicator.preset.map(formatNumber).join(' → ') })}
          </p>
        )}
        {trajectory.kind === 'line' && (
          <>
            <Field
              id={inputId(trajectoryField(order, 'from'))}
              label={`${fill(labels.from, { year: years[0] ?? '…' })}, ${unit}`}
              value={trajectory.from}
              onValue={(from) => set({ ...trajectory, from })}
              error={result.errors[trajectoryField(order, 'from')]}
              labels={labels}
              inputMode="decimal"
            />
            <Field
              id={inputId(trajectoryField(order, 'to'))}
              label={`${fill(labels.to, { year: years.at(-1) ?? '…' })}, ${unit}`}
              value={trajectory.to}
              onValue={(to) => set({ ...trajectory, to })}
              error={result.errors[trajectoryField(order, 'to')]}
              labels={labels}
              inputMode="decimal"
            />
          </>
        )}
        {trajectory.kind === 'manual' &&
          years.map((year, i) => (
            <Field
              key={year}
              id={inputId(trajectoryField(order, i))}
              label={`${fill(labels.yearTarget, { year })}, ${unit}`}
              value={trajectory.values[String(year)] ?? ''}
              onValue={(value) => set({ ...trajectory, values: { ...trajectory.values, [year]: value } })}
              error={result.errors[trajectoryField(order, i)]}
              labels={labels}
              inputMode="decimal"
              size={5}
            />
          ))}
      </div>
    </fieldset>
  );
}
