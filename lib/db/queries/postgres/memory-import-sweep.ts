// Cleaning up after imports that did not finish, as on SQLite (../sqlite/memory-import-sweep.ts):
// a running import whose process died is failed ("interrupted"), and the units of every
// failed import are deleted in batches of short transactions.
import type pg from "pg";
import { INTERRUPTED } from "../sqlite/memory-import-sweep";

const SWEEP_BATCH = 5_000;

/** Inside a transaction: fails running imports whose heartbeat is older than `cutoffMs`. */
export async function takeAbandonedImports(client: pg.Client, cutoffMs: number): Promise<number> {
  const result = await client.query(
    `UPDATE "MemoryImport" SET "status" = 'failed', "error" = $1::jsonb, "finishedAt" = $2, "heartbeatAt" = NULL, "imported" = 0, "duplicates" = 0
     WHERE "status" = 'running' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < $3)`,
    [JSON.stringify(INTERRUPTED), new Date(), new Date(cutoffMs)],
  );
  return result.rowCount ?? 0;
}

/** Deletes every failed import's units, a batch per transaction; returns how many went. */
export async function sweepFailedImports(client: pg.Client, inTransaction: <T>(work: () => Promise<T>) => Promise<T>): Promise<number> {
  let removed = 0;
  for (;;) {
    const deleted = await inTransaction(async () => {
      const result = await client.query(`DELETE FROM "MemoryUnit" WHERE "id" IN (
        SELECT u."id" FROM "MemoryUnit" u JOIN "MemoryImport" i ON i."id" = u."importId" WHERE i."status" = 'failed' LIMIT ${SWEEP_BATCH})`);
      return result.rowCount ?? 0;
    });
    removed += deleted;
    if (deleted < SWEEP_BATCH) return removed;
  }
}
