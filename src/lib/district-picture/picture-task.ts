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

export function pictureTask<J extends PictureJob>(
  job: J,
  onProgress: (done: number) => void = () => undefined,
  start: () => TaskWorker | null = startPictureWorker,
): Task<JobResult<J>> {
  const worker = typeof Worker === 'undefined' && start === startPictureWorker ? null : start();
  if (!worker) return { result: onThePage(job, onProgress), cancel: () => undefined };
  const task = runTask<J, number, string>(worker, job, onProgress);
  const result = task.result.then(
    (text) => JSON.parse(text) as JobResult<J>,
    (error: unknown) => {
      if (error instanceof TaskCancelled) throw error;
      return onThePage(job, onProgress);
    },
  );
  return { result, cancel: task.cancel };
}
