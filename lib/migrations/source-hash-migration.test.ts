// The source-hash migration on a database an older release filled: every stored sentence
// and memory unit gets the hash its lookups use (SQLite: the data step in lib/migrate.ts,
// batched; PostgreSQL: the same value in SQL), the unique pair index follows, and a writer
// that forgets the hash is stopped.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateDatabase, pendingMigrations } from "@/lib/migrate";
import { textHash } from "@/lib/text/text-hash";
import { sqliteDatabaseBefore } from "@/lib/test/sqlite-at-migration";
import { applyMigrations, createTestDatabase } from "@/lib/test/postgres";
import { postgresUnavailable } from "@/lib/test/providers";
import { backfillSourceHashes } from "./backfill-source-hashes";

const TARGET = "20261202120000_source_hash";
const LONG = `${"Kalimat yang sangat panjang tentang harga beras di pasar. ".repeat(90)}Selesai.`;
const SENTENCES = ["Harga beras naik.", "Jakarta — ibu kota “lama”.", LONG, "Harga beras naik.", "Sama."];

let dir = "";
const previous = process.env.DATABASE_URL;
beforeEach(() => {
  dir = fs.mkdtempSync(path.resolve(".tmp/test/source-hash-"));
});
afterEach(() => {
  process.env.DATABASE_URL = previous;
  fs.rmSync(dir, { recursive: true, force: true });
});

function seedOld(handle: Database.Database): void {
  handle.prepare(`INSERT INTO "Document" ("id", "title", "rawText", "contentHash", "updatedAt") VALUES ('d', 't', 'r', 'h', 0)`).run();
  const segment = handle.prepare(`INSERT INTO "Segment" ("id", "documentId", "paragraphIndex", "position", "source", "updatedAt") VALUES (?, 'd', 0, ?, ?, 0)`);
  SENTENCES.forEach((source, i) => segment.run(`s${i}`, i, source));
  handle.prepare(`INSERT INTO "MemoryImport" ("id", "fileName", "format", "createdByName") VALUES ('m', 'old.tmx', 'tmx', 'cli')`).run();
  const unit = handle.prepare(`INSERT INTO "MemoryUnit" ("importId", "source", "sourceKey", "target") VALUES ('m', ?, ?, ?)`);
  unit.run("Sama.", "Sama.", "Same.");
  unit.run(LONG, LONG, "A long one.");
  unit.run("Sama.", "Sama.", "Alike.");
}

describe(`${TARGET} on SQLite`, () => {
  it("fills every hash through lib/migrate.ts, builds the unique pair index, and a second run changes nothing", async () => {
    const file = path.join(dir, "old.db");
    const old = sqliteDatabaseBefore(file, TARGET);
    seedOld(old);
    old.close();
    process.env.DATABASE_URL = `file:${file}`;
    expect(await pendingMigrations()).toContain(TARGET);

    await migrateDatabase();

    const handle = new Database(file);
    try {
      const segments = handle.prepare<[], { source: string; sourceHash: string }>(`SELECT "source", "sourceHash" FROM "Segment"`).all();
      expect(segments).toHaveLength(SENTENCES.length);
      for (const row of segments) expect(row.sourceHash).toBe(textHash(row.source));
      const units = handle.prepare<[], { sourceKey: string; target: string; sourceHash: string; targetHash: string }>(`SELECT * FROM "MemoryUnit"`).all();
      for (const row of units) expect([row.sourceHash, row.targetHash]).toEqual([textHash(row.sourceKey), textHash(row.target)]);
      // The pair rule holds again: the same pair is refused, another target is not.
      const insert = handle.prepare(`INSERT OR IGNORE INTO "MemoryUnit" ("importId", "source", "sourceKey", "sourceHash", "target", "targetHash") VALUES ('m', ?, ?, ?, ?, ?)`);
      expect(insert.run("Sama.", "Sama.", textHash("Sama."), "Same.", textHash("Same.")).changes).toBe(0);
      expect(insert.run("Sama.", "Sama.", textHash("Sama."), "Equal.", textHash("Equal.")).changes).toBe(1);
    } finally {
      handle.close();
    }
    expect(await pendingMigrations()).toEqual([]);
    await migrateDatabase();
    expect(backfillSourceHashes(file)).toEqual({ segments: 0, units: 0 });
  });

  it("works in batches and takes up where an interrupted run stopped", () => {
    const file = path.join(dir, "batches.db");
    const handle = sqliteDatabaseBefore(file, "99999999999999_none");
    // Rows as the schema step leaves them: no hashes yet (the guards are for new writes).
    handle.exec(`DROP TRIGGER "Segment_sourceHash_insert"; DROP TRIGGER "MemoryUnit_hashes_insert"`);
    seedOld(handle);
    handle.prepare(`UPDATE "Segment" SET "sourceHash" = ? WHERE "id" = 's0'`).run(textHash(SENTENCES[0] ?? ""));
    handle.close();
    // One row was done before the "crash"; the rest come two at a time.
    expect(backfillSourceHashes(file, 2)).toEqual({ segments: SENTENCES.length - 1, units: 3 });
    const check = new Database(file, { readonly: true });
    try {
      expect(check.prepare(`SELECT count(*) AS n FROM "Segment" WHERE "sourceHash" = ''`).get()).toEqual({ n: 0 });
    } finally {
      check.close();
    }
  });

  it("stops a writer that stores a sentence without its hash, or changes it without a new one", () => {
    const handle = sqliteDatabaseBefore(path.join(dir, "guard.db"), "99999999999999_none");
    try {
      seedOldDocument(handle);
      expect(() => handle.prepare(`INSERT INTO "Segment" ("id", "documentId", "paragraphIndex", "position", "source", "updatedAt") VALUES ('x', 'd', 0, 9, 'Baru.', 0)`).run()).toThrow(
        /sourceHash missing/,
      );
      handle.prepare(`INSERT INTO "Segment" ("id", "documentId", "paragraphIndex", "position", "source", "sourceHash", "updatedAt") VALUES ('y', 'd', 0, 9, 'Baru.', ?, 0)`).run(textHash("Baru."));
      expect(() => handle.prepare(`UPDATE "Segment" SET "source" = 'Lain.' WHERE "id" = 'y'`).run()).toThrow(/not updated with the source/);
      expect(handle.prepare(`UPDATE "Segment" SET "source" = 'Lain.', "sourceHash" = ? WHERE "id" = 'y'`).run(textHash("Lain.")).changes).toBe(1);
    } finally {
      handle.close();
    }
  });
});

function seedOldDocument(handle: Database.Database): void {
  handle.prepare(`INSERT INTO "Document" ("id", "title", "rawText", "contentHash", "updatedAt") VALUES ('d', 't', 'r', 'h', 0)`).run();
}

describe.skipIf(postgresUnavailable())(`${TARGET} on PostgreSQL${postgresUnavailable() ? ` [skipped: ${postgresUnavailable()}]` : ""}`, () => {
  it("computes in SQL exactly the hash the app computes, for old rows and on every later write", async () => {
    const database = await createTestDatabase({ migrate: (name) => name < TARGET });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Document" ("id", "title", "rawText", "contentHash", "updatedAt") VALUES ('d', 't', 'r', 'h', now())`);
      for (const [i, source] of SENTENCES.entries()) {
        await client.query(`INSERT INTO "Segment" ("id", "documentId", "paragraphIndex", "position", "source", "updatedAt") VALUES ($1, 'd', 0, $2, $3, now())`, [`s${i}`, i, source]);
      }
      await client.query(`INSERT INTO "MemoryImport" ("id", "fileName", "format", "createdByName") VALUES ('m', 'old.tmx', 'tmx', 'cli')`);
      await client.query(`INSERT INTO "MemoryUnit" ("importId", "source", "sourceKey", "target") VALUES ('m', $1, $1, 'A long one.')`, [LONG]);
      await applyMigrations(database.url, (name) => name === TARGET);

      const { rows } = await client.query<{ source: string; sourceHash: string }>(`SELECT "source", "sourceHash" FROM "Segment"`);
      for (const row of rows) expect(row.sourceHash).toBe(textHash(row.source));
      const { rows: units } = await client.query<{ sourceHash: string; targetHash: string }>(`SELECT "sourceHash", "targetHash" FROM "MemoryUnit"`);
      expect(units).toEqual([{ sourceHash: textHash(LONG), targetHash: textHash("A long one.") }]);
      // A writer's own (even wrong) hash is replaced by the right one.
      await client.query(`UPDATE "Segment" SET "source" = 'Lain.', "sourceHash" = 'wrong' WHERE "id" = 's0'`);
      const { rows: [changed] } = await client.query<{ sourceHash: string }>(`SELECT "sourceHash" FROM "Segment" WHERE "id" = 's0'`);
      expect(changed?.sourceHash).toBe(textHash("Lain."));
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
