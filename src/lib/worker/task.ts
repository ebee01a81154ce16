// One job in a Web Worker, from both sides: the page sends the input and gets progress as it goes, then one
// result, and can cancel at any moment (the worker is stopped at once); the worker answers with `serveTask`.
// Long work (reading thousands of files) so runs off the page's thread, and the page keeps responding.

export type TaskMessage<Progress, Result> =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'done'; result: Result }
  | { kind: 'failed'; message: string };

/** The reason a cancelled task's promise is rejected with: the caller asked for it, nothing went wrong. */
export class TaskCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'TaskCancelled';
  }
}

export interface Task<Result> {
  result: Promise<Result>;
  cancel(): void;
}

/** The part of a Worker the page uses (a test passes a stand-in). */
export interface TaskWorker {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * Sends `input` to a fresh worker; the worker is stopped when the task ends, fails or is cancelled. `transfer`
 * hands buffers over without copying them (they are then gone from the page).
 */
export function runTask<Input, Progress, Result>(
  worker: TaskWorker,
  input: Input,
  onProgress: (progress: Progress) => void,
  transfer: Transferable[] = [],
): Task<Result> {
  let settle: { resolve: (result: Result) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<Result>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { result: Result } | { error: Error }) => {
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    worker.terminate();
    if ('error' in outcome) reject(outcome.error);
    else resolve(outcome.result);
  };
  worker.onmessage = (event: MessageEvent) => {
    const message = event.data as TaskMessage<Progress, Result>;
    if (message.kind === 'progress') {
      if (settle) onProgress(message.progress);
    } else if (message.kind === 'done') finish({ result: message.result });
    else finish({ error: new Error(message.message) });
  };
  // A worker that fails to load or throws outside the job (a missing file offline, a syntax error).
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault?.();
    finish({ error: new Error(event.message || 'worker failed') });
  };
  worker.postMessage(input, transfer);
  return { result, cancel: () => finish({ error: new TaskCancelled() }) };
}

/** The worker's side: runs `job` on each input and posts its progress and result (or its failure). */
export function serveTask<Input, Progress, Result>(
  scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void },
  job: (input: Input, progress: (progress: Progress) => void) => Promise<Result>,
): void {
  scope.onmessage = (event: MessageEvent) => {
    const post = (message: TaskMessage<Progress, Result>) => scope.postMessage(message);
    job(event.data as Input, (progress) => post({ kind: 'progress', progress })).then(
      (result) => post({ kind: 'done', result }),
      (error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
