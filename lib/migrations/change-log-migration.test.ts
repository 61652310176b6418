// The change-log migration carries existing data across: revisions become change rows
// with the closest action, untouched memory fills become "memory", and search still
// finds every sentence. Applied with plain SQL, as prisma migrate deploy would.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve("prisma/migrations");
const TARGET = "20261201010000_change_log";
let handle: Database.Database | null = null;

function apply(db: Database.Database, which: (name: string) => boolean) {
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n)).sort()) {
    if (which(name)) db.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
}

function seedBefore(db: Database.Database) {
  db.exec(`
    INSERT INTO Document (id, title, rawText, report, contentHash, status, updatedAt) VALUES ('d1', 'Judul', 'x', 'not json', 'h1', 'ready', 0);
    INSERT INTO Segment (id, documentId, paragraphIndex, position, kind, source, target, status, engine, version, updatedAt, flags)
      VALUES ('s1', 'd1', 0, 0, 'body', 'Harga naik.', 'Prices went up.', 'approved', 'draft:lexicon', 3, 0, '["term-mismatch"]'),
             ('s2', 'd1', 0, 1, 'body', 'Warga diam.', 'Residents are silent.', 'edited', 'memory', 1, 0, '[]'),
             ('s3', 'd1', 0, 2, 'body', 'Pasar sepi.', 'EN Pasar sepi.', 'machine', 'draft:lexicon', 2, 0, '[');
    INSERT INTO SegmentRevision (id, segmentId, target, status, origin, version, createdAt) VALUES
      ('r1', 's1', 'EN Harga naik.', 'machine', 'draft:lexicon', 1, 1),
      ('r2', 's1', 'Prices rise.', 'edited', 'human', 2, 2),
      ('r3', 's1', 'Prices went up.', 'approved', 'human', 3, 3),
      ('r4', 's2', 'Residents are silent.', 'edited', 'memory', 1, 4),
      ('r5', 's3', 'EN Pasar sepi.', 'machine', 'draft:lexicon', 1, 5),
      ('r6', 's3', 'EN Pasar sepi.', 'machine', 'glossary', 2, 6);
  `);
}

afterEach(() => {
  handle?.close();
  handle = null;
});

describe("the change-log migration", () => {
  function migrated() {
    handle = new Database(":memory:");
    apply(handle, (name) => name < TARGET);
    seedBefore(handle);
    apply(handle, (name) => name === TARGET);
    return handle;
  }

  it("turns every revision into a change row with its action, actor and the text before it", () => {
    const rows = migrated()
      .prepare(`SELECT "id", "action", "actorKind", "actorName", "engine", "oldTarget", "newTarget", "oldStatus", "newStatus", "version", "documentId" FROM "Change" ORDER BY "createdAt"`)
      .all();
    expect(rows).toEqual([
      { id: "r1", action: "machine", actorKind: "engine", actorName: "draft:lexicon", engine: "draft:lexicon", oldTarget: null, newTarget: "EN Harga naik.", oldStatus: null, newStatus: "machine", version: 1, documentId: "d1" },
      { id: "r2", action: "edit", actorKind: "person", actorName: "human", engine: null, oldTarget: "EN Harga naik.", newTarget: "Prices rise.", oldStatus: "machine", newStatus: "edited", version: 2, documentId: "d1" },
      { id: "r3", action: "approve", actorKind: "person", actorName: "human", engine: null, oldTarget: "Prices rise.", newTarget: "Prices went up.", oldStatus: "edited", newStatus: "approved", version: 3, documentId: "d1" },
      { id: "r4", action: "memory", actorKind: "engine", actorName: "memory", engine: "memory", oldTarget: null, newTarget: "Residents are silent.", oldStatus: null, newStatus: "memory", version: 1, documentId: "d1" },
      { id: "r5", action: "machine", actorKind: "engine", actorName: "draft:lexicon", engine: "draft:lexicon", oldTarget: null, newTarget: "EN Pasar sepi.", oldStatus: null, newStatus: "machine", version: 1, documentId: "d1" },
      { id: "r6", action: "glossary-fix", actorKind: "engine", actorName: "glossary", engine: "draft:lexicon", oldTarget: "EN Pasar sepi.", newTarget: "EN Pasar sepi.", oldStatus: "machine", newStatus: "machine", version: 2, documentId: "d1" },
    ]);
  });

  it("marks untouched memory fills as memory, names the reviewer, and repairs malformed JSON", () => {
    const db = migrated();
    expect(db.prepare(`SELECT "id", "status", "reviewedBy", "flags" FROM "Segment" ORDER BY "position"`).all()).toEqual([
      { id: "s1", status: "approved", reviewedBy: "human", flags: '["term-mismatch"]' },
      { id: "s2", status: "memory", reviewedBy: null, flags: "[]" },
      { id: "s3", status: "machine", reviewedBy: null, flags: "[]" },
    ]);
    expect(db.prepare(`SELECT "report" FROM "Document"`).get()).toEqual({ report: "{}" });
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'SegmentRevision'`).get()).toEqual({ n: 0 });
  });

  it("keeps full-text search working on the rebuilt table, and its triggers", () => {
    const db = migrated();
    const find = (q: string) => db.prepare(`SELECT s."id" FROM "SegmentSearch" JOIN "Segment" s ON s.rowid = "SegmentSearch".rowid WHERE "SegmentSearch" MATCH ?`).all(q);
    expect(find("warga")).toEqual([{ id: "s2" }]);
    db.prepare(`UPDATE "Segment" SET "target" = 'The market is quiet.' WHERE "id" = 's3'`).run();
    expect(find("quiet")).toEqual([{ id: "s3" }]);
  });
});
