// The KPI calculator island: holds the inputs, recomputes on every change with the pure maths of
// src/lib/kpi/, and lays out the parts. Renders on the server with the worked example.
import { useMemo, useState } from 'preact/hooks';
import { computeKpi } from '../../lib/kpi/district.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import { CountsFields } from './CountsFields.tsx';
import { DistrictResults } from './DistrictResults.tsx';
import { DistrictSchools } from './DistrictSchools.tsx';
import { Exports } from './Exports.tsx';
import { KpiChart } from './KpiChart.tsx';
import type { KpiLabels } from './labels.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { SetupFields } from './SetupFields.tsx';
import { StateNotices } from '../shared/StateNotices.tsx';
import { useKpiState, type Notice } from './store.ts';
import { TrajectoryFields } from './TrajectoryFields.tsx';
import type { PartProps } from './types.ts';
import './kpi.css';

interface Props {
  indicators: KpiIndicator[];
  labels: KpiLabels;
  /** The build's date, YYYY-MM-DD: the server render's example period. The browser uses its own. */
  buildToday: string;
}

const noticeKey: Record<Notice, 'noticeExample' | 'noticeRestored' | 'noticeLink' | 'noticeCorrupt'> = {
  example: 'noticeExample',
  restored: 'noticeRestored',
  link: 'noticeLink',
  corrupt: 'noticeCorrupt',
};

interface ResultsProps extends PartProps {
  monitoring: boolean;
  ready: boolean;
}

function ChartChoice({
  indicators,
  labels,
  chartIndex,
  onChoose,
}: ResultsProps & {
  chartIndex: number;
  onChoose: (index: number) => void;
}) {
  return (
    <div class="kpi-field kpi-chart-choice">
      <label for="kpi-chart-indicator">{labels.chartIndicator}</label>
      <select
        id="kpi-chart-indicator"
        value={String(chartIndex)}
        onChange={(event) => onChoose(Number(event.currentTarget.value))}
      >
        {indicators.map((indicator, i) => (
          <option key={indicator.order} value={String(i)}>
            {indicator.order}. {indicator.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function Results(props: ResultsProps) {
  const { state, update, result, indicators, labels, monitoring, ready } = props;
  const [chartIndex, setChartIndex] = useState(0);
  const district = state.mode === 'district';
  const chartIndicator = indicators[chartIndex]!;
  return (
    <section class="kpi-results" aria-labelledby="kpi-results-heading">
      <h3 id="kpi-results-heading">{labels.results}</h3>
      {!district && (
        <label class="kpi-check">
          <input
            type="checkbox"
            checked={state.monitoring}
            onChange={(event) => update((s) => ({ ...s, monitoring: event.currentTarget.checked }))}
          />{' '}
          {labels.monitoring}
        </label>
      )}
      <ResultsTable
        {...props}
        rows={result.total.indicators}
        caption={district ? labels.total : labels.resultsCaption}
        editableActuals={monitoring}
      />
      <ChartChoice {...props} chartIndex={chartIndex} onChoose={setChartIndex} />
      {district && <DistrictResults {...props} indicator={chartIndicator} index={chartIndex} />}
      <h3>{labels.chart}</h3>
      <KpiChart
        indicator={chartIndicator}
        row={result.total.indicators[chartIndex]!}
        monitoring={monitoring}
        labels={labels}
        ready={ready}
      />
    </section>
  );
}

export default function KpiCalculator({ indicators, labels, buildToday }: Props) {
  const { state, setState, notice, ready, reset, persist } = useKpiState(buildToday);
  const result = useMemo(() => computeKpi(state, indicators), [state, indicators]);
  const part: PartProps = { state, update: (change) => setState((s) => change(s)), result, indicators, labels };
  const district = state.mode === 'district';
  const monitoring = !district && state.monitoring;
  // Every control stays disabled until the island has hydrated: before that a chosen file or a click was lost
  // without a word. The fieldset has no border or padding (tools.css).
  return (
    <fieldset class="tool-gate" disabled={!ready}>
      <div class="kpi not-content" data-tool data-kpi data-hydrated={ready ? 'true' : undefined}>
        <div class={`kpi-notice${notice === 'corrupt' ? ' kpi-notice--warning' : ''}`} role="status">
          <p>{ready ? labels[noticeKey[notice]] : labels.loading}</p>
          <button type="button" onClick={reset}>
            {labels.reset}
          </button>
        </div>
        <StateNotices persist={persist} fileName="kalkulyator-pokazateley" />
        <form class="kpi-inputs" onSubmit={(event) => event.preventDefault()} aria-label={labels.region}>
          <SetupFields {...part} />
          {district ? <DistrictSchools {...part} /> : <CountsFields {...part} />}
          <TrajectoryFields {...part} />
        </form>
        <Results {...part} monitoring={monitoring} ready={ready} />
        <Exports {...part} />
      </div>
    </fieldset>
  );
}
