// Cleaning up after imports that did not finish: a running import whose process died is
// failed ("interrupted"), and the units of every failed import are deleted in batches of
// short transactions. Their units already left memory when the import failed (readers
// take only `done` imports); the sweep gives back the space and the unique index.
import type Database from "better-sqlite3";

export type StoredImportError = { code: string; message: string; details?: Record<string, unknown> };

const SWEEP_BATCH = 5_000;

export const INTERRUPTED: StoredImportError = {
  code: "interrupted",
  message: "The import was cut short (the server stopped or restarted while it ran). Nothing was imported; import the file again.",
};

/** Inside a transaction: fails running imports whose heartbeat is older than `cutoffMs`. */
export function takeAbandonedImports(handle: Database.Database, cutoffMs: number): number {
  const cutoff = new Date(cutoffMs).toISOString().replace("Z", "+00:00");
  return handle
    .prepare(`UPDATE "MemoryImport" SET "status" = 'failed', "error" = ?, "finishedAt" = ?, "heartbeatAt" = NULL, "imported" = 0, "duplicates" = 0
      WHERE "status" = 'running' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < ?)`)
    .run(JSON.stringify(INTERRUPTED), new Date().toISOString().replace("Z", "+00:00"), cutoff).changes;
}

/** Deletes every failed import's units, a batch per transaction; returns how many went. */
export async function sweepFailedImports(handle: Database.Database, inTransaction: <T>(work: () => T) => Promise<T>): Promise<number> {
  const remove = handle.prepare(`DELETE FROM "MemoryUnit" WHERE "id" IN (
    SELECT "u"."id" FROM "MemoryUnit" AS "u" JOIN "MemoryImport" AS "i" ON "i"."id" = "u"."importId" WHERE "i"."status" = 'failed' LIMIT ${SWEEP_BATCH})`);
  let removed = 0;
  for (;;) {
    const { changes } = await inTransaction(() => remove.run());
    removed += changes;
    if (changes < SWEEP_BATCH) return removed;
  }
}
