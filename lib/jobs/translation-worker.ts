import "server-only";
// The background translator, run in its own process (lib/cli/start.ts starts it beside
// the web server). It loops: pick an engine, claim owed sentences with a lease,
// translate, store, repeat. It sleeps when nothing is owed and wakes when the web
// process or the CLI owes new work (worker-signal.ts). All state is in the database:
// a worker killed mid-batch loses nothing, its lease runs out and any worker carries on.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { EngineNote } from "@/lib/generated/prisma/enums";
import { selectEngine, type EngineChoice } from "@/lib/translation/select-engine";
import { translationQueue } from "./queue";
import { translateBatch } from "./translate-batch";
import { linkNextBatch } from "./link-next-batch";
import { onWake } from "./worker-signal";
import { newWorkerId, defaultWorkerId } from "./worker-id";

export type WorkerOptions = {
  pollMs?: number;
  batchSize?: number;
  leaseMs?: number;
  workerId?: string;
  log?: (line: string) => void;
  /** Tests and benchmarks wrap the selected engine (to count calls, add a delay). */
  chooseEngine?: () => Promise<EngineChoice>;
};
export type WorkerHandle = { stop: () => Promise<void> };

// Redoing drafts scans every machine sentence: at start and now and then, not per wake-up.
const REDRAFT_SWEEP_MS = 10 * 60_000;

/** Translates until nothing is owed that this process could claim; used by `cli ingest --wait`, the seed and tests. */
export async function drainQueue(options: WorkerOptions & { onBatch?: () => Promise<void> | void } = {}): Promise<number> {
  const batchSize = options.batchSize ?? env().TRANSLATION_BATCH_SIZE;
  const workerId = options.workerId ?? defaultWorkerId();
  let total = 0;
  for (;;) {
    // A long article's names and memory come before its translation (link-next-batch.ts).
    if (await linkNextBatch()) continue;
    const choice = await (options.chooseEngine ?? selectEngine)();
    if (!choice.engine) throw new Error("No translation engine is available: the neural model could not load (TRANSLATION_ENGINE=neural); the reason is logged above.");
    const result = await translateBatch(choice.engine, batchSize, choice.note, { workerId, leaseMs: options.leaseMs });
    total += result.written;
    if (result.claimed > 0) {
      await options.onBatch?.();
      continue;
    }
    if ((await translationQueue().reconcile({ redrafts: choice.engine.kind === "neural" })) > 0) continue;
    // Owed work that is waiting (a retry backing off, another worker's lease) is waited for.
    const wait = await untilDue(1_000, choice.engine.kind === "neural");
    if (wait === null) return total;
    await sleep(wait);
  }
}

export function startWorker(options: WorkerOptions = {}): WorkerHandle {
  const pollMs = options.pollMs ?? env().WORKER_POLL_MS;
  const batchSize = options.batchSize ?? env().TRANSLATION_BATCH_SIZE;
  const workerId = options.workerId ?? newWorkerId();
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const queue = translationQueue();
  let stopped = false;
  // A wake-up that arrives mid-batch is kept for the next nap, never lost.
  let woken = false;
  let wake: (() => void) | null = null;
  const unsubscribe = onWake(() => {
    woken = true;
    wake?.();
  });
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) {
        woken = false;
        resolve();
        return;
      }
      const timer = setTimeout(resolve, ms);
      wake = () => {
        woken = false;
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    let failures = 0;
    let lastRedraftSweep = 0;
    while (!stopped) {
      try {
        if (await linkNextBatch()) continue;
        const choice = await (options.chooseEngine ?? selectEngine)();
        if (!choice.engine) {
          await noteWaitingDocuments(choice.note);
          await nap(60_000);
          continue;
        }
        const result = await translateBatch(choice.engine, batchSize, choice.note, { workerId, leaseMs: options.leaseMs });
        failures = 0;
        if (result.claimed > 0) {
          log(`translated ${result.written} sentence(s) with ${choice.engine.id}${result.failed > 0 ? `; ${result.failed} failed` : ""}`);
          continue;
        }
        const redrafts = choice.engine.kind === "neural" && Date.now() - lastRedraftSweep > REDRAFT_SWEEP_MS;
        if (redrafts) lastRedraftSweep = Date.now();
        if ((await queue.reconcile({ redrafts })) > 0) continue;
        await nap((await untilDue(pollMs, choice.engine.kind === "neural")) ?? pollMs);
      } catch (error) {
        failures += 1;
        log(`batch failed (${failures} in a row): ${error instanceof Error ? error.message : String(error)}`);
        await nap(Math.min(30_000, 500 * 2 ** failures));
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      unsubscribe();
      await loop;
    },
  };
}

/** Milliseconds until owed work next becomes claimable (at most `cap`), or null when nothing is owed. */
async function untilDue(cap: number, redrafts: boolean): Promise<number | null> {
  const due = await translationQueue().nextDueAt({ redrafts });
  if (!due) return null;
  return Math.min(cap, Math.max(50, due.getTime() - Date.now()));
}

async function noteWaitingDocuments(note: EngineNote | null): Promise<void> {
  await db.document.updateMany({ where: { status: "translating" }, data: { engineNote: note } });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
