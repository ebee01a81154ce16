// The report as .docx (docx and the report builder load on click; the charts go in as pictures of the
// canvases on the page) and the link that hands the satisfaction actuals to the KPI calculator.
import { useState } from 'preact/hooks';
import type { MonitoringResult } from '../../lib/monitoring/analyse.ts';
import { kpiLink, linkActuals } from '../../lib/monitoring/kpi-link.ts';
import type { ReportMeta } from '../../lib/monitoring/report-docx.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import { localToday } from '../../lib/dates.ts';
import { storageKey as kpiStorageKey } from '../../lib/kpi/storage.ts';
import { chartImages } from './chart-registry.ts';
import { fill } from '../../lib/island-labels.ts';
import type { MonitoringLabels } from './labels.ts';

interface Props {
  result: MonitoringResult;
  meta: Omit<ReportMeta, 'today'>;
  year: number;
  kpiPath: string;
  labels: MonitoringLabels;
}

function savedKpi(): string | null {
  try {
    return localStorage.getItem(kpiStorageKey);
  } catch {
    return null;
  }
}

export function Exports({ result, meta, year, kpiPath, labels }: Props) {
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  const satisfactionOf = (order: 5 | 6) =>
    result.overall.forms.find(
      (f) => f.satisfaction && f.formId === (order === 5 ? 'anketa-nastavlyaemogo' : 'anketa-nastavnika'),
    )?.satisfaction ?? null;
  const mentees = satisfactionOf(5);
  const mentors = satisfactionOf(6);
  const hasActuals = (mentees?.answered ?? 0) > 0 || (mentors?.answered ?? 0) > 0;
  const linked = hasActuals
    ? linkActuals({ year, organisation: meta.organisation, mentees, mentors }, savedKpi(), localToday())
    : null;
  const href = linked ? kpiLink(kpiPath, linked.state) : null;

  const download = async () => {
    setStatus('busy');
    try {
      const [[{ Packer }, { monitoringReport }], images] = await Promise.all([
        loadModule(() => Promise.all([import('docx'), import('../../lib/monitoring/report-docx.ts')])),
        chartImages(),
      ]);
      const blob = await Packer.toBlob(monitoringReport(result, { ...meta, today: localToday() }, images));
      saveFile(blob, `monitoring-${localToday()}.docx`);
      setStatus('idle');
    } catch (error) {
      setFailure(failureText(error, labels.exportFailed));
      setStatus('failed');
    }
  };

  return (
    <section aria-labelledby="mon-exports" class="mon-exports">
      <h3 id="mon-exports">{labels.exportsHeading}</h3>
      <div class="mon-actions">
        <button type="button" onClick={download} disabled={status === 'busy'}>
          {labels.exportDocx}
        </button>
        {href && (
          <a class="mon-button-link" href={href}>
            {labels.kpiLink}
          </a>
        )}
      </div>
      <p role="status">{status === 'busy' ? labels.preparing : status === 'failed' ? failure : ''}</p>
      <p>{href ? fill(labels.kpiHint, { year, next: year + 1 }) : labels.kpiNothing}</p>
      {linked?.kept.map((base) => (
        <p key={base.who} class="notice">
          {fill(labels.kpiBaseKept, {
            who: base.who === 'mentees' ? labels.kpiMentees : labels.kpiMentors,
            answered: base.answered,
            planned: base.planned,
          })}
        </p>
      ))}
    </section>
  );
}
