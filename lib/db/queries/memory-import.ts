// The translation-memory import's writer for the database in DATABASE_URL, chosen like the
// rest of the boundary (dialect.ts) but apart from it: imports run in a worker thread,
// outside React's server condition, where the boundary's server-only modules cannot load.
import { provider } from "@/lib/database-url";
import { MemoryImportWriter as SqliteMemoryImportWriter, inTransaction, openHandle, type ClaimOptions, type NewMemoryImport } from "./sqlite/memory-import-writer";
import { sweepFailedImports as sweepOnSqlite } from "./sqlite/memory-import-sweep";
import { PostgresMemoryImportWriter, inTransaction as inPostgresTransaction } from "./postgres/memory-import-writer";
import { sweepFailedImports as sweepOnPostgres } from "./postgres/memory-import-sweep";
import { openConnection } from "./postgres/connection";

export type { ClaimOptions, MemoryImportCounts, MemoryImportProgress, NewMemoryImport, NewMemoryUnit } from "./sqlite/memory-import-writer";
export type { StoredImportError } from "./sqlite/memory-import-sweep";

/** One running import; both providers' writers have this shape. */
export type MemoryImportWriter = Pick<SqliteMemoryImportWriter, "id" | "insertUnits" | "reportProgress" | "commit" | "fail"> & { close(): void | Promise<void> };

export type ClaimTarget = { id: string } | { row: NewMemoryImport & { bytesTotal?: number } };

/** Starts an import once no other runs (see the writers). */
export function claimMemoryImport(target: ClaimTarget, options: ClaimOptions = {}): Promise<MemoryImportWriter> {
  return provider() === "sqlite" ? SqliteMemoryImportWriter.claim(target, options) : PostgresMemoryImportWriter.claim(target, options);
}

/** Deletes the units of failed imports, in batches, on a connection of its own. */
export async function sweepFailedMemoryImports(): Promise<number> {
  if (provider() === "sqlite") {
    const handle = openHandle();
    try {
      return await sweepOnSqlite(handle, (work) => inTransaction(handle, work));
    } finally {
      handle.close();
    }
  }
  const client = await openConnection();
  try {
    return await sweepOnPostgres(client, (work) => inPostgresTransaction(client, work));
  } finally {
    await client.end().catch(() => undefined);
  }
}
