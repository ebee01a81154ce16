// The figures of the answers read: the indicators, both monitoring stages, every question and the exports,
// drawn a part at a time as `sections` grows (useSections.ts).
import type { MonitoringResult } from '../../lib/monitoring/analyse.ts';
import type { ReportMeta } from '../../lib/monitoring/report-docx.ts';
import { Exports } from './Exports.tsx';
import { Indicators } from './Indicators.tsx';
import type { MonitoringLabels } from './labels.ts';
import { Questions } from './Questions.tsx';
import { StageOne, StageTwo } from './Stages.tsx';

interface Props {
  result: MonitoringResult;
  labels: MonitoringLabels;
  ready: boolean;
  sections: number;
  meta: Omit<ReportMeta, 'today'>;
  year: number;
  kpiPath: string;
}

export function Results({ result, labels, ready, sections, meta, year, kpiPath }: Props) {
  return (
    <>
      <Indicators result={result} labels={labels} ready={ready} />
      {sections > 1 && <StageOne result={result} labels={labels} ready={ready} />}
      {sections > 2 && <StageTwo result={result} labels={labels} ready={ready} />}
      {sections > 3 && <Questions result={result} labels={labels} />}
      {sections > 3 && <Exports result={result} meta={meta} year={year} kpiPath={kpiPath} labels={labels} />}
    </>
  );
}
