// The calculator's downloads, built in the browser on click: the heavy libraries (docx, fflate) are
// imported here, at the moment of export, so they stay out of the page's first load.
import type { KpiIndicator, KpiResult, KpiState } from '../../lib/kpi/types.ts';
import { loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';

export type ExportKind = 'docx' | 'xlsx' | 'csv';

const fileName = (result: KpiResult, ext: string) =>
  `pokazateli-nastavnichestva-${result.years[0]}-${result.years.at(-1)}.${ext}`;

export async function exportFile(
  kind: ExportKind,
  state: KpiState,
  result: KpiResult,
  indicators: KpiIndicator[],
): Promise<void> {
  if (kind === 'docx') {
    const [{ Packer }, { indicatorsDocument }, { documentData }] = await loadModule(() =>
      Promise.all([import('docx'), import('../../lib/docx/indicators.ts'), import('../../lib/kpi/document.ts')]),
    );
    const data = documentData(state, result, indicators);
    const blob = await Packer.toBlob(
      indicatorsDocument(data.indicators, data.years, data.organisation, data.values, data.notes),
    );
    saveFile(blob, fileName(result, 'docx'));
    return;
  }
  const { exportRows } = await loadModule(() => import('../../lib/kpi/export-rows.ts'));
  const rows = exportRows(result, indicators, { district: state.mode === 'district', monitoring: state.monitoring });
  if (kind === 'csv') {
    const { toCsv } = await loadModule(() => import('../../lib/table-export/csv.ts'));
    saveFile(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName(result, 'csv'));
  } else {
    const { toXlsx } = await loadModule(() => import('../../lib/table-export/xlsx.ts'));
    const bytes = toXlsx(rows, 'Показатели');
    saveFile(
      new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      fileName(result, 'xlsx'),
    );
  }
}
