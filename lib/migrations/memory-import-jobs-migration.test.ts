// The memory-import jobs migration keeps every earlier import as it was: done, with its
// counts, finished when it was made, and its units still memory.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve("prisma/migrations");
const TARGET = "20261202100000_memory_import_jobs";
let handle: Database.Database | null = null;

function apply(db: Database.Database, which: (name: string) => boolean) {
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n)).sort()) {
    if (which(name)) db.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
}

afterEach(() => {
  handle?.close();
  handle = null;
});

describe("the memory-import jobs migration", () => {
  it("marks earlier imports done with their counts and keeps their units", () => {
    handle = new Database(":memory:");
    apply(handle, (name) => name < TARGET);
    handle.exec(`
      INSERT INTO MemoryImport (id, fileName, format, createdAt, createdByName, imported, duplicates, refused, reasons)
        VALUES ('a', 'old.tmx', 'tmx', '2026-11-30T10:00:00.000+00:00', 'cli', 2, 1, 3, '{"empty-target":3}');
      INSERT INTO MemoryUnit (importId, source, sourceKey, target) VALUES ('a', 'Satu.', 'Satu.', 'One.'), ('a', 'Dua.', 'Dua.', 'Two.');
    `);
    apply(handle, (name) => name === TARGET);
    expect(handle.prepare(`SELECT status, imported, duplicates, refused, reasons, refusals, unitsRead, startedAt, finishedAt, error FROM MemoryImport`).get()).toEqual({
      status: "done", imported: 2, duplicates: 1, refused: 3, reasons: '{"empty-target":3}', refusals: "[]", unitsRead: 6,
      startedAt: "2026-11-30T10:00:00.000+00:00", finishedAt: "2026-11-30T10:00:00.000+00:00", error: null,
    });
    expect(handle.prepare(`SELECT count(*) AS n FROM MemoryUnit WHERE importId = 'a'`).get()).toEqual({ n: 2 });
  });
});
