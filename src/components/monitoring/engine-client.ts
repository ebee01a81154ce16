// The page's side of the monitoring engine (src/lib/monitoring/engine.ts): one worker for the page's life,
// answering requests in order. A cancelled reading stops the worker and starts a fresh one from the page's
// answers; where workers are missing or one fails to start, the same engine is loaded and runs on the page.
import type { Settings } from '../../lib/monitoring/analyse.ts';
import type {
  EngineAsk as Ask,
  EngineReply,
  EngineRequest,
  LoadedFile,
  MonitoringView,
} from '../../lib/monitoring/engine.ts';
import type { ReadResult } from '../../lib/monitoring/json-files.ts';
import type { Batch } from '../../lib/monitoring/pipeline.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { encodingOf } from '../../lib/monitoring/storage.ts';
import { TaskCancelled, type Task } from '../../lib/worker/task.ts';

/** Texts handed to the worker in one message, and files read from disk at once (one is read while another waits). */
const filesPerMessage = 50;
const parallel = 8;

interface Waiting {
  resolve(reply: EngineReply): void;
  reject(error: Error): void;
}

interface Port {
  post(request: EngineRequest): void;
  stop(): void;
}

export class EngineClient {
  private port: Port;
  private nextId = 1;
  private waiting = new Map<number, Waiting>();
  /** Requests not answered yet, sent again to the page's own engine if the worker fails. */
  private unanswered: EngineRequest[] = [];
  private progress: (done: number) => void = () => undefined;

  /** `current` gives the page's answers and settings, to start a fresh engine from. */
  constructor(
    private readonly forms: MonitoredForm[],
    private readonly current: () => { batches: Batch[]; settings: Settings },
  ) {
    // The page hands over its answers itself at first; a fresh engine after a cancel or failure takes them here.
    this.port = this.startWorker(false) ?? this.startHere(false);
  }

  private receive(reply: EngineReply) {
    if (reply.kind === 'progress') return this.progress(reply.done);
    // A read's `more` messages carry its id: its answer ends them all.
    this.unanswered = this.unanswered.filter((r) => r.id !== reply.id);
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (reply.kind === 'failed') waiting?.reject(new Error(reply.message));
    else waiting?.resolve(reply);
  }

  /** The page's answers, handed to a fresh engine first; its answer is not waited for. */
  private restore(port: Port) {
    const { batches, settings } = this.current();
    if (batches.length === 0) return;
    const request: EngineRequest = {
      id: this.nextId++,
      kind: 'set',
      batches: encodingOf(batches) ?? batches,
      settings,
    };
    this.unanswered.unshift(request);
    port.post(request);
  }

  private startWorker(restore = true): Port | null {
    if (typeof Worker === 'undefined') return null;
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../lib/monitoring/engine-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker.onmessage = (event: MessageEvent) => this.receive(event.data as EngineReply);
    // A worker that fails to load (a missing file offline): the page's own engine takes over what was asked.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      worker.terminate();
      const again = this.unanswered.filter((r) => r.kind !== 'set' || this.waiting.has(r.id));
      this.unanswered = [];
      this.port = this.startHere();
      for (const request of again) this.send(request);
    };
    worker.postMessage({ forms: this.forms });
    const port: Port = { post: (request) => worker.postMessage(request), stop: () => worker.terminate() };
    if (restore) this.restore(port);
    return port;
  }

  /** The engine on the page itself, loaded when first needed (a browser without workers); requests wait for it. */
  private startHere(restore = true): Port {
    const queue: EngineRequest[] = [];
    let engine: ((request: EngineRequest) => void) | null = null;
    let stopped = false;
    import('../../lib/monitoring/engine.ts').then(
      ({ createEngine }) => {
        if (stopped) return;
        engine = createEngine(this.forms, (reply) => queueMicrotask(() => this.receive(reply)));
        for (const request of queue.splice(0)) engine(request);
      },
      (error: unknown) => {
        for (const waiting of this.waiting.values()) waiting.reject(error instanceof Error ? error : new Error('—'));
        this.waiting.clear();
      },
    );
    const port: Port = {
      post: (request) => (engine ? engine(request) : queue.push(request)),
      stop: () => {
        stopped = true;
      },
    };
    if (restore) this.restore(port);
    return port;
  }

  private send(request: EngineRequest) {
    this.unanswered.push(request);
    this.port.post(request);
  }

  private ask(request: Ask, id = this.nextId++): Promise<EngineReply> {
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.send({ ...request, id } as EngineRequest);
    });
  }

  private async reply(request: Ask) {
    const reply = await this.ask(request);
    if (reply.kind !== 'view') throw new Error(`unexpected ${reply.kind}`);
    return reply;
  }

  private view = async (request: Ask): Promise<MonitoringView> => (await this.reply(request)).view;

  set = (batches: Batch[], settings: Settings) =>
    this.view({ kind: 'set', batches: encodingOf(batches) ?? batches, settings });
  add = (batches: Batch[], settings: Settings) => this.view({ kind: 'add', batches, settings });
  recount = (settings: Settings) => this.view({ kind: 'settings', settings });
  /** Pools what was read; the answer has the figures and every pooled answer in its saved shape. */
  commit = async (layout: (number | Batch)[], settings: Settings) => {
    const { view, compact } = await this.reply({ kind: 'commit', layout, settings });
    return { view, compact: compact! };
  };

  /**
   * Reads the answer files: the page reads their text from disk (the browser does it without holding the page)
   * and hands it to the worker 50 files at a time, which parses and keeps them. `cancel()` stops the worker at
   * once (what it read is dropped, and every request still waiting rejects with TaskCancelled) and starts a
   * fresh one from the page's answers.
   */
  read(files: File[], onProgress: (done: number) => void): Task<ReadResult[]> {
    this.progress = onProgress;
    let cancelled = false;
    let cancel: () => void = () => undefined;
    const stopped = new Promise<never>((_, reject) => {
      cancel = () => {
        if (cancelled) return;
        cancelled = true;
        reject(new TaskCancelled());
        this.port.stop();
        for (const waiting of this.waiting.values()) waiting.reject(new TaskCancelled());
        this.waiting.clear();
        this.unanswered = [];
        this.port = this.startWorker() ?? this.startHere();
      };
    });
    stopped.catch(() => undefined);
    const id = this.nextId++;
    let answer: Promise<EngineReply> | undefined;
    let ready: LoadedFile[] = [];
    const handOver = () => {
      if (cancelled) return;
      const batch = ready;
      ready = [];
      if (answer) this.send({ id, kind: 'more', files: batch });
      else {
        answer = this.ask({ kind: 'read', total: files.length, files: batch }, id);
        answer.catch(() => undefined);
      }
    };
    let next = 0;
    const reader = async () => {
      while (next < files.length && !cancelled) {
        const index = next++;
        const file = files[index]!;
        let text: string | null;
        try {
          text = await file.text();
        } catch {
          text = null;
        }
        ready.push({ index, name: file.name, text });
        if (ready.length >= filesPerMessage) handOver();
      }
    };
    const result = (async () => {
      await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, reader));
      if (cancelled) throw new TaskCancelled();
      if (ready.length > 0 || !answer) handOver();
      const reply = await Promise.race([answer!, stopped]);
      if (reply.kind !== 'read') throw new Error(`unexpected ${reply.kind}`);
      return JSON.parse(reply.json) as ReadResult[];
    })();
    return { result, cancel };
  }

  close() {
    this.port.stop();
  }
}
