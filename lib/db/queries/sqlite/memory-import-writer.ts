// Writes one translation-memory import on a connection of its own, in short transactions
// (a batch of units with the progress), so saves, the worker and other writers never
// wait long for SQLite's write lock, even during a 200 MB import. All or nothing all the
// same: the units belong to memory only once the import's status is `done`, which commit()
// sets in one statement; until then every reader (ingest, suggestions) leaves them out.
// A failed import's units are deleted; if that is cut short, the next import's claim
// sweeps what is left, before it writes anything (a leftover unit would otherwise make
// one of its pairs look like a duplicate).
//
// No "server-only" marker: imports run in a worker thread, outside React's server
// condition. better-sqlite3 keeps this file out of any browser bundle anyway.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/database-url";
import { AppError } from "@/lib/errors";
import { waitForLock } from "@/lib/sqlite/wait-for-lock";
import { textHash } from "@/lib/text/text-hash";
import { sweepFailedImports, takeAbandonedImports, type StoredImportError } from "./memory-import-sweep";

export type NewMemoryImport = { fileName: string; format: "tmx" | "tsv" | "moses"; createdById: string | null; createdByName: string };
export type NewMemoryUnit = { source: string; sourceKey: string; target: string };
export type MemoryImportCounts = { imported: number; duplicates: number; refused: number; reasons: Record<string, number> };
export type MemoryImportProgress = { bytesRead: number; unitsRead: number };

/** A running import that has not renewed its heartbeat for this long was cut short. */
export const HEARTBEAT_STALE_MS = 60_000;
// Progress (and the heartbeat) is written at least this often, even while no unit is new.
const PROGRESS_EVERY_MS = 1_000;
const LOCK_WAIT = { syncWaitMs: 20, totalWaitMs: 10_000 };
// How often a queued import looks again whether the one ahead of it has ended.
const CLAIM_POLL_MS = 250;

// A unit is a duplicate when the memory already holds the same pair: an earlier unit
// (this file's or another import's; the unique index) or a sentence a person reviewed.
// Both go through the hash indexes (lib/text/text-hash.ts); the sentence itself is compared too.
const INSERT_UNIT = `INSERT OR IGNORE INTO "MemoryUnit" ("importId", "source", "sourceKey", "sourceHash", "target", "targetHash")
  SELECT @importId, @source, @sourceKey, @sourceHash, @target, @targetHash
  WHERE NOT EXISTS (SELECT 1 FROM "Segment" WHERE "sourceHash" = @sourceHash AND "source" = @sourceKey AND "target" = @target AND "status" IN ('edited', 'approved'))`;

export type ClaimOptions = {
  /** Told once when another import is running and this one waits for it. */
  onWait?: (runningFileName: string) => void;
  signal?: AbortSignal;
};

export class MemoryImportWriter {
  readonly id: string;
  readonly #handle: Database.Database;
  readonly #insert: Database.Statement;
  #lastProgressAt = 0;

  private constructor(handle: Database.Database, id: string) {
    this.id = id;
    this.#handle = handle;
    this.#insert = handle.prepare(INSERT_UNIT);
  }

  /**
   * Starts an import: a queued row (`id`) or a new one (`row`, the CLI). Imports run one at
   * a time, across processes: while another one runs, this waits. An import whose process
   * died (stale heartbeat) is failed and its units swept first.
   */
  static async claim(target: { id: string } | { row: NewMemoryImport & { bytesTotal?: number } }, options: ClaimOptions = {}): Promise<MemoryImportWriter> {
    const handle = openHandle();
    try {
      const id = "id" in target ? target.id : randomUUID();
      let told = false;
      for (;;) {
        options.signal?.throwIfAborted();
        const running = await inTransaction(handle, () => tryClaim(handle, id, "row" in target ? target.row : null));
        if (running === null) break;
        if (!told) options.onWait?.(running);
        told = true;
        await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
      }
      await sweepFailedImports(handle, (work) => inTransaction(handle, work));
      // Page cache as for exports: the unique index and FTS5 stay fast, memory stays flat.
      handle.pragma("cache_size = -16000");
      return new MemoryImportWriter(handle, id);
    } catch (error) {
      handle.close();
      throw error;
    }
  }

  /** Inserts a batch in one short transaction with the progress; returns how many were new. */
  async insertUnits(units: readonly NewMemoryUnit[], progress: MemoryImportProgress): Promise<number> {
    return inTransaction(this.#handle, () => {
      let inserted = 0;
      for (const unit of units) {
        inserted += this.#insert.run({ importId: this.id, ...unit, sourceHash: textHash(unit.sourceKey), targetHash: textHash(unit.target) }).changes;
      }
      this.#writeProgress(progress);
      return inserted;
    });
  }

  /** Progress and heartbeat, at most once a second unless a batch carries them. */
  async reportProgress(progress: MemoryImportProgress): Promise<void> {
    if (Date.now() - this.#lastProgressAt < PROGRESS_EVERY_MS) return;
    await inTransaction(this.#handle, () => this.#writeProgress(progress));
  }

  /** The import's units become memory, all at once. */
  async commit(counts: MemoryImportCounts, refusals: readonly unknown[], progress: MemoryImportProgress): Promise<void> {
    await inTransaction(this.#handle, () =>
      this.#handle
        .prepare(`UPDATE "MemoryImport" SET "status" = 'done', "imported" = ?, "duplicates" = ?, "refused" = ?, "reasons" = ?, "refusals" = ?, "bytesRead" = ?, "unitsRead" = ?, "finishedAt" = ?, "heartbeatAt" = NULL WHERE "id" = ?`)
        .run(counts.imported, counts.duplicates, counts.refused, JSON.stringify(counts.reasons), JSON.stringify(refusals), progress.bytesRead, progress.unitsRead, prismaDate(new Date()), this.id),
    );
    // Left open when the commit fails, so fail() can still take everything back.
    this.close();
  }

  /**
   * Nothing of the import stays: it is failed first (its units leave every reader at once),
   * then its units are deleted. `keepRow` keeps the failed row as the record of why
   * (the API's imports); otherwise the row goes too (the CLI reports the error itself).
   */
  async fail(error: StoredImportError, keepRow: boolean): Promise<void> {
    try {
      await failImport(this.#handle, this.id, error);
      await sweepFailedImports(this.#handle, (work) => inTransaction(this.#handle, work));
      if (!keepRow) await inTransaction(this.#handle, () => this.#handle.prepare(`DELETE FROM "MemoryImport" WHERE "id" = ?`).run(this.id));
    } finally {
      this.close();
    }
  }

  close(): void {
    if (this.#handle.inTransaction) this.#handle.exec("ROLLBACK");
    if (this.#handle.open) this.#handle.close();
  }

  #writeProgress(progress: MemoryImportProgress): void {
    this.#lastProgressAt = Date.now();
    this.#handle
      .prepare(`UPDATE "MemoryImport" SET "bytesRead" = ?, "unitsRead" = ?, "heartbeatAt" = ? WHERE "id" = ?`)
      .run(progress.bytesRead, progress.unitsRead, prismaDate(new Date()), this.id);
  }
}

/** Marks an import failed with its reason (a queued one too), from any process. */
export async function failImport(handle: Database.Database, id: string, error: StoredImportError): Promise<void> {
  await inTransaction(handle, () =>
    handle
      .prepare(`UPDATE "MemoryImport" SET "status" = 'failed', "error" = ?, "finishedAt" = ?, "heartbeatAt" = NULL, "imported" = 0, "duplicates" = 0 WHERE "id" = ?`)
      .run(JSON.stringify(error), prismaDate(new Date()), id),
  );
}

/** Runs work in one BEGIN IMMEDIATE … COMMIT, waiting for the write lock like every writer. */
export async function inTransaction<T>(handle: Database.Database, work: () => T): Promise<T> {
  await waitForLock(() => handle.exec("BEGIN IMMEDIATE"), LOCK_WAIT);
  try {
    const result = work();
    handle.exec("COMMIT");
    return result;
  } catch (error) {
    if (handle.inTransaction) handle.exec("ROLLBACK");
    throw error;
  }
}

export function openHandle(): Database.Database {
  return new Database(databaseFile(), { fileMustExist: true, timeout: LOCK_WAIT.syncWaitMs });
}

/** Inside the claim's transaction: the file name of the import that runs, or null once this one does. */
function tryClaim(handle: Database.Database, id: string, row: (NewMemoryImport & { bytesTotal?: number }) | null): string | null {
  takeAbandonedImports(handle, Date.now() - HEARTBEAT_STALE_MS);
  const running = handle.prepare(`SELECT "fileName" FROM "MemoryImport" WHERE "status" = 'running' AND "id" <> ? LIMIT 1`).get(id) as { fileName: string } | undefined;
  if (running) return running.fileName;
  const now = prismaDate(new Date());
  if (row) {
    handle
      .prepare(`INSERT INTO "MemoryImport" ("id", "fileName", "format", "createdAt", "createdById", "createdByName", "status", "bytesTotal", "startedAt", "heartbeatAt") VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)`)
      .run(id, row.fileName, row.format, now, row.createdById, row.createdByName, row.bytesTotal ?? null, now, now);
    return null;
  }
  const claimed = handle.prepare(`UPDATE "MemoryImport" SET "status" = 'running', "startedAt" = ?, "heartbeatAt" = ? WHERE "id" = ? AND "status" = 'queued'`).run(now, now, id);
  // Removed (or already ended) before its turn came.
  if (claimed.changes === 0) throw new AppError("not-found", "This import is no longer queued: it was removed before its turn.");
  return null;
}

// Dates as Prisma writes them on SQLite, so the client reads these rows like its own.
export function prismaDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
