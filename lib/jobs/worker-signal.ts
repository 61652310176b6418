// In-process wake-up: ingest tells a worker running in the same process that work is
// waiting, so translation starts at once instead of at the next poll. A worker in
// another process (npm run worker) still finds the work by polling.
import { EventEmitter } from "node:events";

const globalForSignal = globalThis as unknown as { selarasWorkerSignal?: EventEmitter };
const signal = (globalForSignal.selarasWorkerSignal ??= new EventEmitter());

export function wakeWorker(): void {
  signal.emit("wake");
}

export function onWake(listener: () => void): () => void {
  signal.on("wake", listener);
  return () => signal.off("wake", listener);
}
