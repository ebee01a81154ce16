// How each indicator's yearly targets are set: the example preset, a straight line or typed values.
import { trajectoryField } from '../../lib/kpi/trajectory.ts';
import { shownTargets, switchedTrajectory } from '../../lib/kpi/trajectory-switch.ts';
import type { KpiIndicator, Trajectory } from '../../lib/kpi/types.ts';
import { Field } from './Field.tsx';
import { fill } from '../../lib/island-labels.ts';
import { formatNumber } from './labels.ts';
import { inputId, type PartProps } from './types.ts';

type LineTrajectory = Extract<Trajectory, { kind: 'line' }>;
type ManualTrajectory = Extract<Trajectory, { kind: 'manual' }>;

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

interface TrajectoryProps extends PartProps {
  indicator: KpiIndicator;
  unit: string;
  set: (next: Trajectory) => void;
}

function LineFields({ result, labels, indicator, unit, set, line }: TrajectoryProps & { line: LineTrajectory }) {
  const order = indicator.order;
  const years = result.years;
  return (
    <>
      <Field
        id={inputId(trajectoryField(order, 'from'))}
        label={`${fill(labels.from, { year: years[0] ?? '…' })}, ${unit}`}
        value={line.from}
        onValue={(from) => set({ ...line, from })}
        error={result.errors[trajectoryField(order, 'from')]}
        labels={labels}
        inputMode="decimal"
      />
      <Field
        id={inputId(trajectoryField(order, 'to'))}
        label={`${fill(labels.to, { year: years.at(-1) ?? '…' })}, ${unit}`}
        value={line.to}
        onValue={(to) => set({ ...line, to })}
        error={result.errors[trajectoryField(order, 'to')]}
        labels={labels}
        inputMode="decimal"
      />
    </>
  );
}

function ManualFields({
  result,
  labels,
  indicator,
  unit,
  set,
  manual,
}: TrajectoryProps & { manual: ManualTrajectory }) {
  const order = indicator.order;
  return (
    <>
      {result.years.map((year, i) => (
        <Field
          key={year}
          id={inputId(trajectoryField(order, i))}
          label={`${fill(labels.yearTarget, { year })}, ${unit}`}
          value={manual.values[String(year)] ?? ''}
          onValue={(value) => set({ ...manual, values: { ...manual.values, [year]: value } })}
          error={result.errors[trajectoryField(order, i)]}
          labels={labels}
          inputMode="decimal"
          size={5}
        />
      ))}
    </>
  );
}

function KindChoice({
  id,
  kind,
  labels,
  onKind,
}: { id: string; kind: Trajectory['kind'] } & Pick<PartProps, 'labels'> & {
    onKind: (kind: Trajectory['kind']) => void;
  }) {
  return (
    <div class="kpi-field">
      <label for={id}>{labels.trajectory}</label>
      <select id={id} value={kind} onChange={(event) => onKind(event.currentTarget.value as Trajectory['kind'])}>
        <option value="preset">{labels.trajectoryPreset}</option>
        <option value="line">{labels.trajectoryLine}</option>
        <option value="manual">{labels.trajectoryManual}</option>
      </select>
    </div>
  );
}

function IndicatorTrajectory(props: PartProps & { indicator: KpiIndicator }) {
  const { state, update, result, labels, indicator } = props;
  const order = indicator.order;
  const trajectory: Trajectory = state.trajectories[order] ?? { kind: 'preset' };
  const unit = indicator.unit === 'percent' ? '%' : labels.units;
  const set = (next: Trajectory) => update((s) => ({ ...s, trajectories: { ...s.trajectories, [order]: next } }));
  // Switching keeps the numbers the person sees: a line starts from the current first and last targets.
  const choose = (kind: Trajectory['kind']) =>
    set(switchedTrajectory(kind, shownTargets(result.total.indicators, order), result.years));
  const more = { ...props, unit, set };
  return (
    <fieldset class="kpi-trajectory">
      <legend class="kpi-trajectory-title">
        {order}. {indicator.title}, {unit}
      </legend>
      <div class="kpi-row">
        <KindChoice id={inputId(`t${order}-kind`)} kind={trajectory.kind} labels={labels} onKind={choose} />
        {trajectory.kind === 'preset' && (
          <p class="kpi-hint">
            {fill(labels.presetValues, { values: indicator.preset.map(formatNumber).join(' → ') })}
          </p>
        )}
        {trajectory.kind === 'line' && <LineFields {...more} line={trajectory} />}
        {trajectory.kind === 'manual' && <ManualFields {...more} manual={trajectory} />}
      </div>
    </fieldset>
  );
}
