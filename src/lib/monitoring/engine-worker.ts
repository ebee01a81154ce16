// The Web Worker that holds the monitoring's answers and does its heavy work (engine.ts), so reading and
// counting 5,000 files leave the page responding; src/components/monitoring/engine-client.ts talks to it.
import { createEngine, type EngineReply, type EngineRequest } from './engine.ts';
import type { MonitoredForm } from './questionnaires.ts';

/** The worker's first message: the questionnaires; every later one is a request. */
export interface EngineStart {
  forms: MonitoredForm[];
}

const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(m: unknown): void };
let engine: ((request: EngineRequest) => void) | undefined;
scope.onmessage = (event: MessageEvent) => {
  if (engine) engine(event.data as EngineRequest);
  else engine = createEngine((event.data as EngineStart).forms, (reply: EngineReply) => scope.postMessage(reply));
};
