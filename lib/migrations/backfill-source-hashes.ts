// The data half of the SQLite migration 20261202120000_source_hash: SQLite has no SHA-256
// in SQL, so the hashes of sentences stored before it are computed here, right after
// `prisma migrate deploy` (lib/migrate.ts). Batched, each batch its own short write
// transaction, so a large corpus never holds the lock for long and a crash halfway loses
// nothing: the next start goes on from the rows still without a hash. Once done, the check
// is one probe of the sourceHash index. It ends by creating the memory's unique pair index,
// which could not exist while every old unit had the same empty hashes.
import Database from "better-sqlite3";
import { textHash } from "@/lib/text/text-hash";

const BATCH = 2_000;

export type BackfillCounts = { segments: number; units: number };

export function backfillSourceHashes(file: string, batch = BATCH): BackfillCounts {
  const handle = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    if (!hasColumn(handle, "Segment", "sourceHash")) return { segments: 0, units: 0 };
    const segments = fill(handle, batch, `SELECT rowid AS id, "source" AS text FROM "Segment" WHERE "sourceHash" = '' LIMIT ?`, (row, update) =>
      update.run(textHash(row.text), row.id), `UPDATE "Segment" SET "sourceHash" = ? WHERE rowid = ?`);
    const units = fill(handle, batch, `SELECT "id", "sourceKey" AS text, "target" AS other FROM "MemoryUnit" WHERE "sourceHash" = '' OR "targetHash" = '' LIMIT ?`, (row, update) =>
      update.run(textHash(row.text), textHash(row.other ?? ""), row.id), `UPDATE "MemoryUnit" SET "sourceHash" = ?, "targetHash" = ? WHERE "id" = ?`);
    handle.exec(`CREATE UNIQUE INDEX IF NOT EXISTS "MemoryUnit_sourceHash_targetHash_key" ON "MemoryUnit"("sourceHash", "targetHash")`);
    return { segments, units };
  } finally {
    handle.close();
  }
}

type Row = { id: number; text: string; other?: string };

function fill(handle: Database.Database, batch: number, select: string, write: (row: Row, update: Database.Statement) => void, updateSql: string): number {
  const next = handle.prepare<[number], Row>(select);
  const update = handle.prepare(updateSql);
  const writeBatch = handle.transaction((rows: Row[]) => rows.forEach((row) => write(row, update)));
  let done = 0;
  for (;;) {
    const rows = next.all(batch);
    if (rows.length === 0) return done;
    writeBatch.immediate(rows);
    done += rows.length;
  }
}

function hasColumn(handle: Database.Database, table: string, column: string): boolean {
  return handle.prepare<[string], { name: string }>(`SELECT "name" FROM pragma_table_info(?)`).all(table).some((row) => row.name === column);
}
