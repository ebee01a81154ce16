// The Web Worker of «Сводка по школам района»: reads the schools' files and matches the tandems off the page's
// thread, so 300 schools never hold the page; src/lib/district-picture/picture-task.ts starts it.
import { serveTask } from '../worker/task.ts';
import { workerJob, type PictureJob } from './jobs.ts';

type WorkerScope = Parameters<typeof serveTask>[0];

serveTask<PictureJob, number, string>(self as unknown as WorkerScope, workerJob);
