// The document-counters migration counts what is already stored, and its triggers keep the
// counts right through every kind of write: insert, status and flag changes, a move to
// another document, delete, a cascade, and a rolled-back transaction.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve("prisma/migrations");
const TARGET = "20261201131500_document_counters";
let handle: Database.Database | null = null;

function apply(db: Database.Database, which: (name: string) => boolean) {
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n)).sort()) {
    if (which(name)) db.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
}

type Counts = { segmentCount: number; translatedCount: number; editedCount: number; approvedCount: number; flaggedCount: number };

function counts(db: Database.Database, id: string): Counts {
  return db.prepare(`SELECT "segmentCount", "translatedCount", "editedCount", "approvedCount", "flaggedCount" FROM "Document" WHERE "id" = ?`).get(id) as Counts;
}

/** The same figures the slow way, to compare the triggers' running totals against. */
function recount(db: Database.Database, id: string): Counts {
  return db.prepare(`SELECT count(*) AS "segmentCount", coalesce(sum("status" <> 'pending'), 0) AS "translatedCount",
      coalesce(sum("status" = 'edited'), 0) AS "editedCount", coalesce(sum("status" = 'approved'), 0) AS "approvedCount",
      coalesce(sum(json_array_length("flags") > 0), 0) AS "flaggedCount" FROM "Segment" WHERE "documentId" = ?`).get(id) as Counts;
}

afterEach(() => {
  handle?.close();
  handle = null;
});

describe("the document-counters migration", () => {
  it("counts existing segments, then keeps the counts through every write", () => {
    const db = (handle = new Database(":memory:"));
    apply(db, (name) => name < TARGET);
    db.exec(`
      INSERT INTO Document (id, title, rawText, contentHash, updatedAt) VALUES ('a', 'A', 'x', 'h1', 0), ('b', 'B', 'x', 'h2', 0);
      INSERT INTO Segment (id, documentId, paragraphIndex, position, source, target, status, flags, updatedAt) VALUES
        ('a0', 'a', 0, 0, 's', NULL, 'pending', '[]', 0),
        ('a1', 'a', 0, 1, 's', 'T', 'machine', '["term-mismatch"]', 0),
        ('a2', 'a', 0, 2, 's', 'T', 'edited', '[]', 0),
        ('a3', 'a', 0, 3, 's', 'T', 'approved', '[]', 0);
    `);
    apply(db, (name) => name === TARGET);
    expect(counts(db, "a")).toEqual({ segmentCount: 4, translatedCount: 3, editedCount: 1, approvedCount: 1, flaggedCount: 1 });
    expect(counts(db, "b")).toEqual({ segmentCount: 0, translatedCount: 0, editedCount: 0, approvedCount: 0, flaggedCount: 0 });

    const writes = [
      `INSERT INTO Segment (id, documentId, paragraphIndex, position, source, status, flags, updatedAt) VALUES ('b0', 'b', 0, 0, 's', 'memory', '["x"]', 0)`,
      `UPDATE Segment SET status = 'machine', target = 'T' WHERE id = 'a0'`,
      `UPDATE Segment SET status = 'approved' WHERE id = 'a2'`,
      `UPDATE Segment SET flags = '[]' WHERE id = 'a1'`,
      `UPDATE Segment SET target = 'only the text' WHERE id = 'a3'`,
      `UPDATE Segment SET documentId = 'b', position = 1 WHERE id = 'a3'`,
      `DELETE FROM Segment WHERE id = 'a1'`,
    ];
    for (const sql of writes) {
      db.exec(sql);
      for (const id of ["a", "b"]) expect(counts(db, id), `${id} after ${sql}`).toEqual(recount(db, id));
    }
    const rolledBack = db.transaction(() => {
      db.exec(`UPDATE Segment SET status = 'edited' WHERE documentId = 'b'`);
      throw new Error("abandon");
    });
    expect(rolledBack).toThrow("abandon");
    expect(counts(db, "b")).toEqual(recount(db, "b"));
    db.exec(`PRAGMA foreign_keys = ON; DELETE FROM Document WHERE id = 'a'`);
    expect(db.prepare(`SELECT count(*) AS n FROM Segment WHERE documentId = 'a'`).get()).toEqual({ n: 0 });
    expect(counts(db, "b")).toEqual(recount(db, "b"));
  });
});
