// Download buttons, print and the link to this very calculation. Downloads are refused while any field is
// wrong, so a file never carries a dash where a number should be without the person knowing why.
import { useState } from 'preact/hooks';
import { failureText } from '../../lib/lazy-module.ts';
import { exportFile, type ExportKind } from './exporters.ts';
import { fill } from '../../lib/island-labels.ts';
import type { PartProps } from './types.ts';

export function Exports({ state, result, indicators, labels }: PartProps) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = Object.keys(result.errors).length;
  const blocked = errors > 0 || result.years.length === 0;

  const run = async (kind: ExportKind) => {
    setBusy(true);
    setMessage(labels.preparing);
    try {
      await exportFile(kind, state, result, indicators);
      setMessage('');
    } catch (error) {
      setMessage(failureText(error, labels.exportFailed));
    } finally {
      setBusy(false);
    }
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setMessage(labels.linkCopied);
    } catch {
      setMessage(location.href);
    }
  };

  return (
    <section class="kpi-exports" aria-labelledby="kpi-exports-heading">
      <h3 id="kpi-exports-heading">{labels.exports}</h3>
      {blocked && <p class="kpi-error">{fill(labels.fixErrors, { n: errors })}</p>}
      <div class="kpi-buttons">
        <button type="button" disabled={blocked || busy} onClick={() => run('docx')}>
          {labels.docx}
        </button>
        <button type="button" disabled={blocked || busy} onClick={() => run('xlsx')}>
          {labels.xlsx}
        </button>
        <button type="button" disabled={blocked || busy} onClick={() => run('csv')}>
          {labels.csv}
        </button>
        <button type="button" onClick={() => window.print()}>
          {labels.print}
        </button>
        <button type="button" onClick={copyLink}>
          {labels.copyLink}
        </button>
      </div>
      <p class="kpi-hint">{labels.linkHint}</p>
      <p role="status" class="kpi-status-line">
        {message}
      </p>
    </section>
  );
}
