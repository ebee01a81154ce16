import { describe, expect, test } from 'vitest';
import { runTask, serveTask, TaskCancelled, type TaskWorker } from './task.ts';

/** A worker and its page joined in one thread: what one posts, the other receives on the next turn. */
function pair<Input, Progress, Result>(job: (input: Input, progress: (p: Progress) => void) => Promise<Result>) {
  const scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void } = {
    onmessage: null,
    postMessage: (message) => queueMicrotask(() => worker.onmessage?.({ data: message } as MessageEvent)),
  };
  const worker: TaskWorker & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (message) => queueMicrotask(() => scope.onmessage?.({ data: message } as MessageEvent)),
    terminate() {
      this.terminated = true;
    },
  };
  serveTask(scope, job);
  return worker;
}

describe('runTask and serveTask', () => {
  test('progress arrives in order, then the result; the worker is stopped', async () => {
    const worker = pair<number[], number, number>(async (numbers, progress) => {
      for (const n of numbers) progress(n);
      return numbers.reduce((a, b) => a + b, 0);
    });
    const seen: number[] = [];
    const task = runTask<number[], number, number>(worker, [1, 2, 3], (p) => seen.push(p));
    expect(await task.result).toBe(6);
    expect(seen).toEqual([1, 2, 3]);
    expect(worker.terminated).toBe(true);
  });

  test("the job's failure rejects with its message", async () => {
    const worker = pair<null, never, never>(async () => {
      throw new Error('файл не читается');
    });
    await expect(runTask(worker, null, () => undefined).result).rejects.toThrow('файл не читается');
    expect(worker.terminated).toBe(true);
  });

  test('cancel stops the worker at once; later progress and results are ignored', async () => {
    let release: () => void = () => undefined;
    const worker = pair<null, number, string>(async (_, progress) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      progress(1);
      return 'поздно';
    });
    const seen: number[] = [];
    const task = runTask<null, number, string>(worker, null, (p) => seen.push(p));
    await Promise.resolve();
    task.cancel();
    release();
    await expect(task.result).rejects.toBeInstanceOf(TaskCancelled);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);
    expect(worker.terminated).toBe(true);
  });

  test('a worker that fails to load rejects the task', async () => {
    const worker: TaskWorker = {
      onmessage: null,
      onerror: null,
      postMessage: () => undefined,
      terminate: () => undefined,
    };
    const task = runTask(worker, null, () => undefined);
    worker.onerror?.({ message: 'Failed to fetch a worker script' } as ErrorEvent);
    await expect(task.result).rejects.toThrow('Failed to fetch a worker script');
  });
});
