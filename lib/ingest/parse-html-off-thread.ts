import "server-only";
// Runs parseHtml in a worker thread with a time and memory budget, so a hostile or merely
// huge page costs its worker, never the server's event loop: past the budget the worker
// is terminated and the request gets a 422 "too-complex". One short-lived worker per
// page keeps pages apart and hands all their memory back when it exits.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { HTML_PARSE_BUDGET_MS } from "@/lib/limits";
import type { ParsedPage } from "./parse-html";
import type { WorkerAnswer, WorkerInput } from "./parse-html-protocol";

export type OffThreadOptions = { budgetMs?: number };

const MEMORY_MB = 512;

export function parseHtmlOffThread(html: string, pageUrl?: string, options: OffThreadOptions = {}): Promise<ParsedPage> {
  const budgetMs = options.budgetMs ?? HTML_PARSE_BUDGET_MS;
  const workerData: WorkerInput = { html, pageUrl };
  const settings = { workerData, resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB } };
  // Inside Next (dev and `next build`), Turbopack compiles the entry into its own chunk and
  // rewrites this URL to it. Run from source (vitest, tsx, the CLI), the entry is
  // TypeScript: a bootstrap registers tsx's loader in the worker first (Node 20 ignores
  // --import in a worker's execArgv).
  const worker = process.env.NEXT_RUNTIME
    ? new Worker(new URL("./parse-html.worker.ts", import.meta.url), settings)
    : new Worker(sourceBootstrap(), { ...settings, eval: true });
  return new Promise<ParsedPage>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(tooComplex(`Reading the page took longer than ${budgetMs / 1000} seconds.`))), budgetMs);
    worker.once("message", (answer: WorkerAnswer) => settle(() => (answer.ok ? resolve(answer.page) : reject(failure(answer)))));
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex("Reading the page needed too much memory.") : error)),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`The HTML parser exited (code ${code}) without an answer.`))));
  });
}

function failure(answer: Extract<WorkerAnswer, { ok: false }>): Error {
  if (answer.code === "crash") return new Error(`The HTML parser failed: ${answer.message}`);
  return new AppError(answer.code, answer.message, answer.details);
}

function tooComplex(reason: string): AppError {
  return new AppError("too-complex", `${reason} The page is too large or too complex to read; save its text as a .txt file instead.`);
}

/** Not a `new URL(…, import.meta.url)`: the bundler would copy the source file as an asset. */
function sourceBootstrap(): string {
  const entry = pathToFileURL(path.join(import.meta.dirname, "parse-html.worker.ts")).href;
  return `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
