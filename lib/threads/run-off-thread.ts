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
  /** The worker entry's source file, relative to the project root. */
  entry: string;
  /** What the caller answers when the worker runs out of time or memory. */
  overBudget: (reason: "time" | "memory") => AppError;
  name: string;
};

export function runOffThread<I, O>(job: OffThreadJob<I>): Promise<O> {
  const options: WorkerOptions = { workerData: job.input, resourceLimits: { maxOldGenerationSizeMb: job.memoryMb ?? 512 } };
  const worker = new Worker(bootstrap(job.entry), { ...options, eval: true });
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

/**
 * The entry runs from its TypeScript source in every setting (vitest, the CLI, `next
 * start`): a bootstrap registers tsx's loader (a production dependency) in the worker
 * first, since Node ignores --import in a worker's execArgv. Next's bundler would only
 * copy a `new URL("./x.worker.ts", import.meta.url)` entry as an asset, untranspiled,
 * which Node then cannot load.
 */
function bootstrap(entry: string): string {
  const url = pathToFileURL(path.join(projectRoot(), entry)).href;
  return `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
}

/** From source, two folders up from this file; in Next's bundle (no dirname) the server's root. */
function projectRoot(): string {
  return import.meta.dirname ? path.resolve(import.meta.dirname, "../..") : process.cwd();
}
