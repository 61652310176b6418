import "server-only";
// Runs one job in a short-lived worker thread with a time and memory budget, so work
// that grows with untrusted input costs its worker, never the server's event loop. Past
// the budget the worker is terminated and the caller gets the AppError it chose. One
// worker per job keeps jobs apart and hands all their memory back when it exits.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { OffThreadAnswer } from "./off-thread-protocol";

export type OffThreadJob<I> = {
  input: I;
  budgetMs: number;
  memoryMb?: number;
  /**
   * Inside Next (dev and `next build`), Turbopack compiles a worker entry into its own
   * chunk only when it sees the literal `new Worker(new URL("./x.worker.ts", import.meta.url))`,
   * so each caller spells that out here.
   */
  spawnBundled: (options: WorkerOptions) => Worker;
  /** The entry's source file, for runs from source (vitest, tsx, the CLI). */
  sourceEntry: string;
  /** What the caller answers when the worker runs out of time or memory. */
  overBudget: (reason: "time" | "memory") => AppError;
  name: string;
};

export function runOffThread<I, O>(job: OffThreadJob<I>): Promise<O> {
  const options: WorkerOptions = { workerData: job.input, resourceLimits: { maxOldGenerationSizeMb: job.memoryMb ?? 512 } };
  // From source the entry is TypeScript: a bootstrap registers tsx's loader in the worker
  // first (Node ignores --import in a worker's execArgv).
  const worker = process.env.NEXT_RUNTIME ? job.spawnBundled(options) : new Worker(sourceBootstrap(job.sourceEntry), { ...options, eval: true });
  return new Promise<O>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(job.overBudget("time"))), job.budgetMs);
    worker.once("message", (answer: OffThreadAnswer<O>) => settle(() => (answer.ok ? resolve(answer.value) : reject(failure(job.name, answer)))));
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? job.overBudget("memory") : error)),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`The ${job.name} exited (code ${code}) without an answer.`))));
  });
}

function failure(name: string, answer: Extract<OffThreadAnswer<unknown>, { ok: false }>): Error {
  if (answer.code === "crash") return new Error(`The ${name} failed: ${answer.message}`);
  return new AppError(answer.code, answer.message, answer.details);
}

/** Not a `new URL(…, import.meta.url)`: the bundler would copy the source file as an asset. */
function sourceBootstrap(entryFile: string): string {
  const entry = pathToFileURL(path.resolve(entryFile)).href;
  return `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
