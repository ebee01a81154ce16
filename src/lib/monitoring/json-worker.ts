// The Web Worker that reads monitoring's answer files off the page's thread, so 5,000 files leave the page
// responding; src/components/monitoring/files.ts starts it and shows its progress.
import { serveTask } from '../worker/task.ts';
import { readJsonFiles, throttleProgress, type ReadResult, type TextFile } from './json-files.ts';
import type { MonitoredForm } from './questionnaires.ts';

export interface JsonFilesInput {
  /** Browser File objects: the worker reads them from disk itself. */
  files: TextFile[];
  forms: Record<string, MonitoredForm>;
}

type WorkerScope = Parameters<typeof serveTask>[0];

serveTask<JsonFilesInput, number, ReadResult[]>(self as unknown as WorkerScope, ({ files, forms }, progress) =>
  readJsonFiles(files, forms, throttleProgress(files.length, progress)),
);
