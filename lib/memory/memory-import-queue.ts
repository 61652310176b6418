import "server-only";
// The web process's translation-memory imports: an upload becomes a queued import row at
// once (the API answers 202 with its id), and imports run one after another, each in a
// worker thread with a time and memory budget, so a 200 MB file never holds the event
// loop. Progress lives on the row (GET /api/memory/import/:id reads it). The uploaded
// files are removed when the import ends, whatever the outcome.
//
// The queue itself is this process's memory: at start (forgetInterruptedImports) every
// import still queued from an earlier process is failed as interrupted, and its files go.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/changes/actor";
import { runOffThread } from "@/lib/threads/run-off-thread";
import { INTERRUPTED, type StoredImportError } from "@/lib/db/queries/sqlite/memory-import-sweep";
import { storedError } from "./import-memory";
import type { MemoryImportJob } from "./memory-import-job";
import type { ReceivedUpload } from "./receive-memory-upload";
import { removeOrphanUploads, removeUploads } from "./upload-files";

type QueueState = { jobs: MemoryImportJob[]; running: boolean; settled: Map<string, Promise<void>>; settle: Map<string, () => void> };

const globalForQueue = globalThis as unknown as { selarasMemoryImports?: QueueState };
const state: QueueState = (globalForQueue.selarasMemoryImports ??= { jobs: [], running: false, settled: new Map(), settle: new Map() });

export type QueuedImport = { id: string; fileName: string; format: ReceivedUpload["format"]; status: "queued"; bytes: number };

/** Records the import as queued and starts it as soon as the imports ahead of it end. */
export async function queueMemoryImport(upload: ReceivedUpload, actor: Actor): Promise<QueuedImport> {
  let id: string;
  try {
    ({ id } = await db.memoryImport.create({
      data: { fileName: upload.fileName, format: upload.format, status: "queued", bytesTotal: upload.bytes, createdById: actor.kind === "person" ? actor.id : null, createdByName: actor.name },
      select: { id: true },
    }));
  } catch (error) {
    removeUploads([upload.sourcePath, upload.targetPath]);
    throw error;
  }
  const job: MemoryImportJob = { id, actor, fileName: upload.fileName, format: upload.format, sourcePath: upload.sourcePath, bytes: upload.bytes, maxBytes: env().MEMORY_IMPORT_MAX_BYTES, ...(upload.targetPath ? { targetPath: upload.targetPath } : {}) };
  state.settled.set(id, new Promise<void>((resolve) => state.settle.set(id, resolve)));
  state.jobs.push(job);
  void pump();
  return { id, fileName: upload.fileName, format: upload.format, status: "queued", bytes: upload.bytes };
}

/** Resolves when this process's import has ended (done or failed); at once for any other. */
export function memoryImportSettled(id: string): Promise<void> {
  return state.settled.get(id) ?? Promise.resolve();
}

async function pump(): Promise<void> {
  if (state.running) return;
  const job = state.jobs.shift();
  if (!job) return;
  state.running = true;
  try {
    await runJob(job);
  } finally {
    state.running = false;
    state.settle.get(job.id)?.();
    state.settle.delete(job.id);
    state.settled.delete(job.id);
    void pump();
  }
}

async function runJob(job: MemoryImportJob): Promise<void> {
  const budgetMs = env().MEMORY_IMPORT_BUDGET_MS;
  try {
    await runOffThread<MemoryImportJob, unknown>({
      input: job,
      entry: "lib/memory/import-memory.worker.ts",
      budgetMs,
      memoryMb: 512,
      name: "memory import worker",
      overBudget: (reason) =>
        new AppError("too-complex", reason === "time" ? `The import took longer than its ${Math.round(budgetMs / 60_000)}-minute budget (MEMORY_IMPORT_BUDGET_MS). Nothing was imported.` : "The import ran out of memory. Nothing was imported."),
    });
  } catch (error) {
    // The worker failed the row itself for the file's own faults; a budget, a crash or a
    // removed queued import leave it to this side. Its units are swept by the next claim.
    await failUnlessEnded(job.id, storedError(error));
  } finally {
    removeUploads([job.sourcePath, job.targetPath]);
  }
}

async function failUnlessEnded(id: string, error: StoredImportError): Promise<void> {
  const { count } = await db.memoryImport.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "failed", error: asJson(error), finishedAt: new Date(), heartbeatAt: null, imported: 0, duplicates: 0 },
  });
  if (count > 0) await sweepOffThread();
}

/** At start: imports queued by an earlier process can never run now (their queue is gone). */
export async function forgetInterruptedImports(): Promise<number> {
  const { count } = await db.memoryImport.updateMany({
    where: { status: "queued" },
    data: { status: "failed", error: asJson(INTERRUPTED), finishedAt: new Date() },
  });
  removeOrphanUploads();
  await sweepOffThread();
  return count;
}

// The error shape is plain JSON (its details come from AppError's JSON-safe details).
function asJson(error: StoredImportError): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(error)) as Prisma.InputJsonObject;
}

/** Deletes failed imports' units in a worker thread; a failure here only leaves them for the next claim. */
async function sweepOffThread(): Promise<void> {
  await runOffThread<null, number>({
    input: null,
    entry: "lib/memory/sweep-imports.worker.ts",
    budgetMs: 10 * 60_000,
    name: "memory import sweep",
    overBudget: () => new AppError("too-complex", "Sweeping failed imports took too long."),
  }).catch((error: unknown) => console.error("[selaras] could not sweep failed memory imports:", error));
}
