// Who holds a lease: host, process and a random tag, so a restarted process with a
// recycled pid is never mistaken for the one that died.
import os from "node:os";
import { randomUUID } from "node:crypto";

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

const globalForWorker = globalThis as unknown as { selarasWorkerId?: string };

/** The process's own id, for callers that do not run a worker loop (the CLI, tests). */
export function defaultWorkerId(): string {
  return (globalForWorker.selarasWorkerId ??= newWorkerId());
}
