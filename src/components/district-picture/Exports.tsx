// The district's downloads: the KPI table as .docx and .xlsx and the spring report for the region (.docx).
// docx and the table writer load with the click.
import { useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import type { KpiIndicator } from '../../lib/kpi/types.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import type { DistrictTable } from '../../lib/district-picture/aggregate.ts';
import { rulesText, type ClusterResult, type ClusterRules } from '../../lib/district-picture/clusters.ts';
import type { TandemResult } from '../../lib/district-picture/tandems.ts';
import type { SchoolSummary } from '../../lib/district-picture/types.ts';
import type { PictureLabels } from './labels.ts';

interface Props {
  labels: PictureLabels;
  districtName: string;
  schools: SchoolSummary[];
  table: DistrictTable;
  indicators: KpiIndicator[];
  clusters: ClusterResult[];
  rules: ClusterRules;
  /** null while the tandems are being matched: the report waits for them. */
  tandems: TandemResult | null;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function Exports(props: Props) {
  const { labels, table, indicators } = props;
  const [failure, setFailure] = useState('');
  const run = async (job: () => Promise<void>) => {
    setFailure('');
    try {
      await job();
    } catch (error) {
      setFailure(failureText(error, labels.exportFailed));
    }
  };
  const today = localToday();
  const { tandems } = props;
  const report = () =>
    run(async () => {
      if (!tandems) return;
      const { reportDocument, docxBlob } = await loadModule(() => import('../../lib/district-picture/report-docx.ts'));
      const document = reportDocument({
        district: props.districtName,
        date: today.split('-').reverse().join('.'),
        schools: props.schools,
        table,
        indicators,
        clusters: props.clusters,
        rules: rulesText(props.rules, indicators),
        tandems,
      });
      saveFile(await docxBlob(document), `otchet-rayona-${today}.docx`);
    });
  const kpiDocx = () =>
    run(async () => {
      const { kpiDocument, docxBlob } = await loadModule(() => import('../../lib/district-picture/report-docx.ts'));
      saveFile(await docxBlob(kpiDocument(table, indicators, props.districtName)), `pokazateli-rayona-${today}.docx`);
    });
  const kpiXlsx = () =>
    run(async () => {
      const [{ toXlsx }, { kpiRows }] = await loadModule(() =>
        Promise.all([import('../../lib/table-export/xlsx.ts'), import('../../lib/district-picture/tables.ts')]),
      );
      saveFile(
        new Blob([toXlsx(kpiRows(table, indicators), 'Показатели') as BlobPart], { type: xlsxType }),
        `pokazateli-rayona-${today}.xlsx`,
      );
    });
  return (
    <section aria-labelledby="dp-exports-heading">
      <h3 id="dp-exports-heading">{labels.exportsHeading}</h3>
      <div class="dp-row">
        <button
          type="button"
          disabled={!tandems}
          aria-describedby={tandems ? undefined : 'dp-report-waits'}
          onClick={() => void report()}
        >
          {labels.reportButton}
        </button>
        <button type="button" onClick={() => void kpiDocx()}>
          {labels.kpiDocxButton}
        </button>
        <button type="button" onClick={() => void kpiXlsx()}>
          {labels.kpiXlsxButton}
        </button>
      </div>
      {!tandems && (
        <p id="dp-report-waits" class="dp-hint">
          {labels.reportWaits}
        </p>
      )}
      {failure && (
        <p class="dp-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
