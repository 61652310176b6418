import "server-only";
// Writes one translation-memory import in a single transaction on a connection of its
// own: the units become visible all at once at COMMIT or not at all (ROLLBACK), and
// the web process's Prisma connection never sees them half-written. better-sqlite3's
// prepared statements insert a large file many times faster than batches through Prisma.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/database-url";
import { waitForLock } from "@/lib/sqlite/wait-for-lock";

export type NewMemoryImport = { fileName: string; format: "tmx" | "tsv" | "moses"; createdById: string | null; createdByName: string };
export type NewMemoryUnit = { source: string; sourceKey: string; target: string };
export type MemoryImportCounts = { imported: number; duplicates: number; refused: number; reasons: Record<string, number> };

// A unit is a duplicate when the memory already holds the same pair: an earlier unit
// (this file's or another import's; the unique index) or a sentence a person reviewed.
const INSERT_UNIT = `INSERT OR IGNORE INTO "MemoryUnit" ("importId", "source", "sourceKey", "target")
  SELECT @importId, @source, @sourceKey, @target
  WHERE NOT EXISTS (SELECT 1 FROM "Segment" WHERE "source" = @sourceKey AND "target" = @target AND "status" IN ('edited', 'approved'))`;

export class MemoryImportWriter {
  readonly id = randomUUID();
  readonly #handle: Database.Database;
  readonly #insert: Database.Statement;

  private constructor(handle: Database.Database) {
    this.#handle = handle;
    this.#insert = handle.prepare(INSERT_UNIT);
  }

  /** Opens the connection and takes the write lock (waiting for it like every writer). */
  static async open(row: NewMemoryImport): Promise<MemoryImportWriter> {
    const handle = new Database(databaseFile(), { fileMustExist: true, timeout: 20 });
    try {
      await waitForLock(() => handle.exec("BEGIN IMMEDIATE"), { syncWaitMs: 20, totalWaitMs: 10_000 });
      // Page cache as for exports: the unique index and FTS5 stay fast, memory stays flat.
      handle.pragma("cache_size = -16000");
      const writer = new MemoryImportWriter(handle);
      handle
        .prepare(`INSERT INTO "MemoryImport" ("id", "fileName", "format", "createdAt", "createdById", "createdByName") VALUES (?, ?, ?, ?, ?, ?)`)
        .run(writer.id, row.fileName, row.format, prismaDate(new Date()), row.createdById, row.createdByName);
      return writer;
    } catch (error) {
      handle.close();
      throw error;
    }
  }

  /** Inserts a batch; returns how many were new (the rest were duplicates). */
  insertUnits(units: readonly NewMemoryUnit[]): number {
    let inserted = 0;
    for (const unit of units) inserted += this.#insert.run({ importId: this.id, ...unit }).changes;
    return inserted;
  }

  commit(counts: MemoryImportCounts): void {
    try {
      this.#handle
        .prepare(`UPDATE "MemoryImport" SET "imported" = ?, "duplicates" = ?, "refused" = ?, "reasons" = ? WHERE "id" = ?`)
        .run(counts.imported, counts.duplicates, counts.refused, JSON.stringify(counts.reasons), this.id);
      this.#handle.exec("COMMIT");
    } finally {
      this.close();
    }
  }

  rollback(): void {
    try {
      if (this.#handle.inTransaction) this.#handle.exec("ROLLBACK");
    } finally {
      this.close();
    }
  }

  private close(): void {
    if (this.#handle.open) this.#handle.close();
  }
}

// Dates as Prisma writes them on SQLite, so the client reads these rows like its own.
function prismaDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
