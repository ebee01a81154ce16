// The page's side of the district picture's worker: a job goes to a fresh worker and comes back as a Task (its
// progress, its result, a way to stop it). Where no worker starts, or its file fails to load (offline before it was
// cached), the same job runs on the page, so the picture is drawn either way.
import { loadModule } from '../lazy-module.ts';
import { runTask, TaskCancelled, type Task, type TaskWorker } from '../worker/task.ts';
import type { JobResult, PictureJob } from './jobs.ts';

export function startPictureWorker(): TaskWorker | null {
  try {
    return new Worker(new URL('./picture.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** On the page itself; the jobs' code loads only then, so the page does not carry what the worker's file has. */
async function onThePage<J extends PictureJob>(job: J, onProgress: (done: number) => void): Promise<JobResult<J>> {
  const { runJob } = await loadModule(() => import('./jobs.ts'), 'для чтения таблицы');
  return runJob(job, onProgress);
}

/** The job as it goes to the worker: each File read into bytes that are handed over, not copied. */
async function handedOver(job: PictureJob): Promise<{ message: PictureJob; transfer: ArrayBuffer[] }> {
  if (job.kind !== 'collect' || !job.files.some((f) => 'blob' in f)) return { message: job, transfer: [] };
  const files = await Promise.all(
    job.files.map(async (f) => ('blob' in f ? { name: f.name, bytes: await f.blob.arrayBuffer() } : f)),
  );
  return { message: { ...job, files }, transfer: files.flatMap((f) => ('bytes' in f ? [f.bytes] : [])) };
}

export function pictureTask<J extends PictureJob>(
  job: J,
  onProgress: (done: number) => void = () => undefined,
  start: () => TaskWorker | null = startPictureWorker,
): Task<JobResult<J>> {
  const worker = typeof Worker === 'undefined' && start === startPictureWorker ? null : start();
  if (!worker) return { result: onThePage(job, onProgress), cancel: () => undefined };
  let cancelled = false;
  let task: Task<string> | undefined;
  const result = (async () => {
    const { message, transfer } = await handedOver(job);
    if (cancelled) throw new TaskCancelled();
    task = runTask<PictureJob, number, string>(worker, message, onProgress, transfer);
    try {
      return JSON.parse(await task.result) as JobResult<J>;
    } catch (error) {
      if (error instanceof TaskCancelled) throw error;
      // The job still holds the Files themselves (only their bytes were handed over): the page reads them again.
      return onThePage(job, onProgress);
    }
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      if (task) task.cancel();
      else worker.terminate();
    },
  };
}
