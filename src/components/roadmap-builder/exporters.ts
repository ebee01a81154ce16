// The builder's downloads, made in the browser on click; docx and fflate are imported only then, so they
// stay out of the page's first load, and so are the rows and file names (slugify, 9 KB gzip, names the files).
import { loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import { roadmapFile } from '../../lib/roadmap-builder/persist.ts';
import type { BuilderState } from '../../lib/roadmap-builder/state.ts';
import { builderTable, type ScheduledSection } from '../../lib/roadmap-builder/table.ts';

export type ExportKind = 'docx' | 'xlsx' | 'csv' | 'ics' | 'json';

export async function exportFile(kind: ExportKind, state: BuilderState, scheduled: ScheduledSection[]): Promise<void> {
  const { calendarEvents, exportFileName, spreadsheetRows } = await loadModule(
    () => import('../../lib/roadmap-builder/exports.ts'),
  );
  const name = exportFileName(state, kind);
  switch (kind) {
    case 'docx': {
      const [{ Packer }, { builtRoadmapDocument }] = await loadModule(() =>
        Promise.all([import('docx'), import('../../lib/docx/built-roadmap.ts')]),
      );
      saveFile(await Packer.toBlob(builtRoadmapDocument(state, builderTable(state, scheduled))), name);
      return;
    }
    case 'xlsx': {
      const { toXlsx } = await loadModule(() => import('../../lib/table-export/xlsx.ts'));
      const bytes = toXlsx(spreadsheetRows(state, scheduled), 'Дорожная карта');
      saveFile(
        new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        name,
      );
      return;
    }
    case 'csv': {
      const { toCsv } = await loadModule(() => import('../../lib/table-export/csv.ts'));
      saveFile(toCsv(spreadsheetRows(state, scheduled)), name, 'text/csv;charset=utf-8');
      return;
    }
    case 'ics': {
      const { calendarFile } = await loadModule(() => import('../../lib/ics.ts'));
      const ics = calendarFile({
        name: `${state.organisation}: дорожная карта`,
        events: calendarEvents(state, scheduled),
        stamp: new Date().toISOString(),
      });
      saveFile(ics, name, 'text/calendar;charset=utf-8');
      return;
    }
    case 'json':
      saveFile(roadmapFile(state, new Date().toISOString()), name, 'application/json');
  }
}
