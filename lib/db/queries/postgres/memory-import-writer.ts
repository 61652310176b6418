// Writes one translation-memory import on PostgreSQL as the SQLite writer does
// (../sqlite/memory-import-writer.ts): on a connection of its own, in short transactions
// (a batch of units with the progress), each behind the app's write lock, so the import
// is one writer among the others and never holds the lock long. All or nothing all the
// same: the units belong to memory only once commit() sets the import `done`. A batch is
// one INSERT … SELECT FROM unnest(…): one round trip for a thousand units.
//
// No "server-only" marker: imports run in a worker thread.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { AppError } from "@/lib/errors";
import { WRITE_LOCK_KEY, WRITE_LOCK_WAIT_MS } from "@/lib/postgres/write-lock";
import { textHash } from "@/lib/text/text-hash";
import { HEARTBEAT_STALE_MS, type ClaimOptions, type MemoryImportCounts, type MemoryImportProgress, type NewMemoryImport, type NewMemoryUnit } from "../sqlite/memory-import-writer";
import type { StoredImportError } from "../sqlite/memory-import-sweep";
import { openConnection } from "./connection";
import { sweepFailedImports, takeAbandonedImports } from "./memory-import-sweep";

const PROGRESS_EVERY_MS = 1_000;
const CLAIM_POLL_MS = 250;

// A duplicate is a pair the memory already holds: an earlier unit (the unique hash pair
// index; ON CONFLICT DO NOTHING also covers repeats inside one batch) or a reviewed
// sentence, found through its hash and then compared in full. ORDER BY keeps ids in file order.
const INSERT_UNITS = `
  INSERT INTO "MemoryUnit" ("importId", "source", "sourceKey", "sourceHash", "target", "targetHash")
  SELECT $1, u."source", u."sourceKey", u."sourceHash", u."target", u."targetHash"
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u("source", "sourceKey", "sourceHash", "target", "targetHash", "n")
  WHERE NOT EXISTS (
    SELECT 1 FROM "Segment" s
    WHERE s."sourceHash" = u."sourceHash" AND s."source" = u."sourceKey" AND s."target" = u."target" AND s."status" IN ('edited', 'approved'))
  ORDER BY u."n"
  ON CONFLICT DO NOTHING`;

export class PostgresMemoryImportWriter {
  readonly id: string;
  readonly #client: pg.Client;
  #lastProgressAt = 0;
  #open = true;

  private constructor(client: pg.Client, id: string) {
    this.id = id;
    this.#client = client;
  }

  /** As on SQLite: one import at a time across processes; an abandoned one is failed and swept first. */
  static async claim(target: { id: string } | { row: NewMemoryImport & { bytesTotal?: number } }, options: ClaimOptions = {}): Promise<PostgresMemoryImportWriter> {
    const client = await openConnection();
    const writer = new PostgresMemoryImportWriter(client, "id" in target ? target.id : randomUUID());
    try {
      let told = false;
      for (;;) {
        options.signal?.throwIfAborted();
        const running = await inTransaction(client, () => tryClaim(client, writer.id, "row" in target ? target.row : null));
        if (running === null) break;
        if (!told) options.onWait?.(running);
        told = true;
        await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
      }
      await sweepFailedImports(client, (work) => inTransaction(client, work));
      return writer;
    } catch (error) {
      await writer.close();
      throw error;
    }
  }

  async insertUnits(units: readonly NewMemoryUnit[], progress: MemoryImportProgress): Promise<number> {
    return inTransaction(this.#client, async () => {
      const result =
        units.length === 0
          ? null
          : await this.#client.query(INSERT_UNITS, [
              this.id,
              units.map((unit) => unit.source),
              units.map((unit) => unit.sourceKey),
              units.map((unit) => textHash(unit.sourceKey)),
              units.map((unit) => unit.target),
              units.map((unit) => textHash(unit.target)),
            ]);
      await this.#writeProgress(progress);
      return result?.rowCount ?? 0;
    });
  }

  async reportProgress(progress: MemoryImportProgress): Promise<void> {
    if (Date.now() - this.#lastProgressAt < PROGRESS_EVERY_MS) return;
    await inTransaction(this.#client, () => this.#writeProgress(progress));
  }

  async commit(counts: MemoryImportCounts, refusals: readonly unknown[], progress: MemoryImportProgress): Promise<void> {
    await inTransaction(this.#client, () =>
      this.#client.query(
        `UPDATE "MemoryImport" SET "status" = 'done', "imported" = $1, "duplicates" = $2, "refused" = $3, "reasons" = $4::jsonb, "refusals" = $5::jsonb,
           "bytesRead" = $6, "unitsRead" = $7, "finishedAt" = $8, "heartbeatAt" = NULL WHERE "id" = $9`,
        [counts.imported, counts.duplicates, counts.refused, JSON.stringify(counts.reasons), JSON.stringify(refusals), progress.bytesRead, progress.unitsRead, new Date(), this.id],
      ),
    );
    await this.close();
  }

  async fail(error: StoredImportError, keepRow: boolean): Promise<void> {
    try {
      await failImport(this.#client, this.id, error);
      await sweepFailedImports(this.#client, (work) => inTransaction(this.#client, work));
      if (!keepRow) await inTransaction(this.#client, () => this.#client.query(`DELETE FROM "MemoryImport" WHERE "id" = $1`, [this.id]));
    } finally {
      await this.close();
    }
  }

  /** Ending the connection also rolls back a transaction left open. */
  async close(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    await this.#client.end().catch(() => undefined);
  }

  async #writeProgress(progress: MemoryImportProgress): Promise<void> {
    this.#lastProgressAt = Date.now();
    await this.#client.query(`UPDATE "MemoryImport" SET "bytesRead" = $1, "unitsRead" = $2, "heartbeatAt" = $3 WHERE "id" = $4`, [progress.bytesRead, progress.unitsRead, new Date(), this.id]);
  }
}

async function failImport(client: pg.Client, id: string, error: StoredImportError): Promise<void> {
  await inTransaction(client, () =>
    client.query(`UPDATE "MemoryImport" SET "status" = 'failed', "error" = $1::jsonb, "finishedAt" = $2, "heartbeatAt" = NULL, "imported" = 0, "duplicates" = 0 WHERE "id" = $3`, [
      JSON.stringify(error),
      new Date(),
      id,
    ]),
  );
}

/** One transaction behind the app's write lock, waited for as long as every writer waits. */
export async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    await client.query(`SET LOCAL lock_timeout = '${WRITE_LOCK_WAIT_MS}ms'`);
    await client.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

/** Inside the claim's transaction: the file name of the import that runs, or null once this one does. */
async function tryClaim(client: pg.Client, id: string, row: (NewMemoryImport & { bytesTotal?: number }) | null): Promise<string | null> {
  await takeAbandonedImports(client, Date.now() - HEARTBEAT_STALE_MS);
  const running = await client.query<{ fileName: string }>(`SELECT "fileName" FROM "MemoryImport" WHERE "status" = 'running' AND "id" <> $1 LIMIT 1`, [id]);
  if (running.rows[0]) return running.rows[0].fileName;
  const now = new Date();
  if (row) {
    await client.query(
      `INSERT INTO "MemoryImport" ("id", "fileName", "format", "createdAt", "createdById", "createdByName", "status", "bytesTotal", "startedAt", "heartbeatAt")
       VALUES ($1, $2, $3, $4, $5, $6, 'running', $7, $4, $4)`,
      [id, row.fileName, row.format, now, row.createdById, row.createdByName, row.bytesTotal ?? null],
    );
    return null;
  }
  const claimed = await client.query(`UPDATE "MemoryImport" SET "status" = 'running', "startedAt" = $1, "heartbeatAt" = $1 WHERE "id" = $2 AND "status" = 'queued'`, [now, id]);
  if (claimed.rowCount === 0) throw new AppError("not-found", "This import is no longer queued: it was removed before its turn.");
  return null;
}
