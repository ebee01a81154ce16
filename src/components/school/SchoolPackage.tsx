// «Пакет документов»: the school's documents in one .zip, made in this browser from what the site keeps for the
// school. The forms and the indicators arrive on the click; the documents are made in a worker (package.worker.ts).
import { useState } from 'preact/hooks';
import { localToday } from '../../lib/dates.ts';
import { fill } from '../../lib/island-labels.ts';
import { failureText, loadModule, ModuleLoadError } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import type { PackageSources } from '../../lib/school/package.ts';
import type { PackageInput, PackageOutput } from '../../lib/school/package.worker.ts';
import { runTask } from '../../lib/worker/task.ts';
import { collectWorkspace } from '../../lib/school/workspace.ts';
import { browserStorage } from '../shared/usePersistentState.ts';
import type { SchoolLabels } from './labels.ts';

async function packageSources(): Promise<PackageSources> {
  const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/paket.json`);
  if (!response.ok) throw new ModuleLoadError('для выгрузки');
  return (await response.json()) as PackageSources;
}

interface Props {
  labels: SchoolLabels;
  ready: boolean;
}

export function SchoolPackage({ labels, ready }: Props) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const download = async () => {
    setBusy(true);
    setStatus(labels['package.preparing']);
    try {
      const sources = await loadModule(() => packageSources());
      const store = browserStorage();
      const workspace = store
        ? collectWorkspace(store, new Date().toISOString())
        : { format: 'nastavnik-workspace' as const, version: 1, savedAt: '', organisation: '', records: {} };
      const siteUrl = new URL(import.meta.env.BASE_URL, location.origin).href;
      const worker = new Worker(new URL('../../lib/school/package.worker.ts', import.meta.url), { type: 'module' });
      const input: PackageInput = { sources, workspace, date: localToday(), siteUrl };
      const pack = await runTask<PackageInput, never, PackageOutput>(worker, input, () => undefined).result;
      saveFile(new Blob([pack.bytes as BlobPart], { type: 'application/zip' }), pack.fileName);
      setStatus(fill(labels['package.done'], { count: pack.files }));
    } catch (error) {
      setStatus(failureText(error, labels['package.failed']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="school-workspace" aria-labelledby="school-package-heading">
      <h2 id="school-package-heading">{labels['package.heading']}</h2>
      <p>{labels['package.intro']}</p>
      <button type="button" disabled={!ready || busy} onClick={download}>
        {labels['package.download']}
      </button>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
