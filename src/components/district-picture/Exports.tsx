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

type Data = Omit<Props, 'labels'>;

/** The spring report for the region; it waits for the tandems. */
async function saveReport({ tandems, table, indicators, ...data }: Data, today: string) {
  if (!tandems) return;
  const { reportDocument, docxBlob } = await loadModule(() => import('../../lib/district-picture/report-docx.ts'));
  const document = reportDocument({
    district: data.districtName,
    date: today.split('-').reverse().join('.'),
    schools: data.schools,
    table,
    indicators,
    clusters: data.clusters,
    rules: rulesText(data.rules, indicators),
    tandems,
  });
  saveFile(await docxBlob(document), `otchet-rayona-${today}.docx`);
}

async function saveKpiDocx({ table, indicators, districtName }: Data, today: string) {
  const { kpiDocument, docxBlob } = await loadModule(() => import('../../lib/district-picture/report-docx.ts'));
  saveFile(await docxBlob(kpiDocument(table, indicators, districtName)), `pokazateli-rayona-${today}.docx`);
}

async function saveKpiXlsx({ table, indicators }: Data, today: string) {
  const [{ toXlsx }, { kpiRows }] = await loadModule(() =>
    Promise.all([import('../../lib/table-export/xlsx.ts'), import('../../lib/district-picture/tables.ts')]),
  );
  saveFile(
    new Blob([toXlsx(kpiRows(table, indicators), 'Показатели') as BlobPart], { type: xlsxType }),
    `pokazateli-rayona-${today}.xlsx`,
  );
}

export function Exports({ labels, ...data }: Props) {
  const [failure, setFailure] = useState('');
  const today = localToday();
  const run = async (job: (data: Data, today: string) => Promise<void>) => {
    setFailure('');
    try {
      await job(data, today);
    } catch (error) {
      setFailure(failureText(error, labels.exportFailed));
    }
  };
  const { tandems } = data;
  return (
    <section aria-labelledby="dp-exports-heading">
      <h3 id="dp-exports-heading">{labels.exportsHeading}</h3>
      <div class="dp-row">
        <button
          type="button"
          disabled={!tandems}
          aria-describedby={tandems ? undefined : 'dp-report-waits'}
          onClick={() => void run(saveReport)}
        >
          {labels.reportButton}
        </button>
        <button type="button" onClick={() => void run(saveKpiDocx)}>
          {labels.kpiDocxButton}
        </button>
        <button type="button" onClick={() => void run(saveKpiXlsx)}>
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
