import "server-only";
// The background translator. It loops: pick an engine, translate the next batch,
// write it, repeat; it sleeps when there is nothing to do and wakes on ingest. All
// state lives in the database, so a restart simply carries on with what is pending.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { EngineNote } from "@/lib/generated/prisma/enums";
import { selectEngine } from "@/lib/translation/select-engine";
import { translateBatch } from "./translate-batch";
import { onWake } from "./worker-signal";

export type WorkerOptions = { pollMs?: number; batchSize?: number; log?: (line: string) => void };
export type WorkerHandle = { stop: () => Promise<void> };

const MAX_FAILURES = 3;

/** Translates until nothing is pending; used by `cli ingest --wait`, the seed and tests. */
export async function drainQueue(options: WorkerOptions & { onBatch?: () => Promise<void> | void } = {}): Promise<number> {
  const batchSize = options.batchSize ?? env().TRANSLATION_BATCH_SIZE;
  let total = 0;
  for (;;) {
    const choice = await selectEngine();
    if (!choice.engine) throw new Error("No translation engine is available: the neural model could not load (TRANSLATION_ENGINE=neural); the reason is logged above.");
    const result = await translateBatch(choice.engine, batchSize, choice.note);
    if (result.documentIds.length === 0) return total;
    total += result.written;
    await options.onBatch?.();
  }
}

export function startWorker(options: WorkerOptions = {}): WorkerHandle {
  const pollMs = options.pollMs ?? 2_000;
  const batchSize = options.batchSize ?? env().TRANSLATION_BATCH_SIZE;
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  let stopped = false;
  let wake: (() => void) | null = null;
  const unsubscribe = onWake(() => wake?.());
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      try {
        const choice = await selectEngine();
        if (!choice.engine) {
          await noteWaitingDocuments(choice.note);
          await sleep(60_000);
          continue;
        }
        const result = await translateBatch(choice.engine, batchSize, choice.note);
        failures = 0;
        if (result.documentIds.length === 0) await sleep(pollMs);
        else log(`translated ${result.written} sentence(s) with ${choice.engine.id}`);
      } catch (error) {
        // A locked database says nothing about the document: wait, never fail it for that.
        if (!isBusyError(error)) failures += 1;
        log(`batch failed (${failures}/${MAX_FAILURES}): ${error instanceof Error ? error.message : String(error)}`);
        if (failures >= MAX_FAILURES) {
          await failFirstPendingDocument(error);
          failures = 0;
        }
        await sleep(Math.min(30_000, 1_000 * 2 ** failures));
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

async function noteWaitingDocuments(note: EngineNote | null): Promise<void> {
  await db.document.updateMany({ where: { status: "translating" }, data: { engineNote: note } });
}

/** A batch that keeps failing must not block every other document behind it. */
async function failFirstPendingDocument(error: unknown): Promise<void> {
  const first = await db.segment.findFirst({
    where: { status: "pending", document: { deletedAt: null, status: { not: "failed" } } },
    orderBy: [{ document: { createdAt: "asc" } }, { position: "asc" }],
    select: { documentId: true },
  });
  if (!first) return;
  // The error itself was logged with each failed batch; the document gets only the code.
  await db.document.update({ where: { id: first.documentId }, data: { status: "failed", engineNote: "translation_failed" } });
}

function isBusyError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
  return /SQLITE_BUSY|database is locked|timed out|Timed out/i.test(text);
}
