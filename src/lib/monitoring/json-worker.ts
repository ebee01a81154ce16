// The Web Worker that reads monitoring's answer files off the page's thread, so 5,000 files leave the page
// responding; src/components/monitoring/files.ts starts it and shows its progress.
import { serveTask } from '../worker/task.ts';
import { readJsonFiles, throttleProgress, type TextFile } from './json-files.ts';
import type { MonitoredForm } from './questionnaires.ts';

export interface JsonFilesInput {
  /** Browser File objects: the worker reads them from disk itself. */
  files: TextFile[];
  forms: Record<string, MonitoredForm>;
}

type WorkerScope = Parameters<typeof serveTask>[0];

// The result goes back as JSON text: the page copies a string at once, where taking 5,000 answers as objects
// (structured clone) rebuilds them one by one on the page's thread; JSON.parse there is the faster way.
serveTask<JsonFilesInput, number, string>(self as unknown as WorkerScope, async ({ files, forms }, progress) =>
  JSON.stringify(await readJsonFiles(files, forms, throttleProgress(files.length, progress))),
);
