// The translation-queue migration carries existing work across: every pending sentence
// is owed a translation (oldest document first, in reading order), nothing else is, and
// a document the old worker wrongly failed while sentences were pending translates again.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve("prisma/migrations");
const TARGET = "20261201020000_translation_queue";
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

describe("the translation-queue migration", () => {
  it("owes work for pending sentences only, in order, and reopens wrongly failed documents", () => {
    handle = new Database(":memory:");
    apply(handle, (name) => name < TARGET);
    handle.exec(`
      INSERT INTO Document (id, title, rawText, contentHash, status, createdAt, updatedAt) VALUES
        ('new', 'Baru', 'x', 'h1', 'translating', '2026-11-02T00:00:00.000+00:00', 0),
        ('old', 'Lama', 'x', 'h2', 'failed', '2026-11-01T00:00:00.000+00:00', 0),
        ('done', 'Selesai', 'x', 'h3', 'failed', '2026-10-01T00:00:00.000+00:00', 0);
      INSERT INTO Segment (id, documentId, paragraphIndex, position, source, target, status, updatedAt) VALUES
        ('n1', 'new', 0, 1, 'b', NULL, 'pending', 0),
        ('n0', 'new', 0, 0, 'a', NULL, 'pending', 0),
        ('o0', 'old', 0, 0, 'c', 'C', 'machine', 0),
        ('o1', 'old', 0, 1, 'd', NULL, 'pending', 0),
        ('d0', 'done', 0, 0, 'e', 'E', 'approved', 0);
    `);
    apply(handle, (name) => name === TARGET);
    const tasks = handle.prepare(`SELECT "segmentId", "kind", "attempts", "failedAt", "claimedBy", "createdAt" FROM "TranslationTask" ORDER BY "id"`).all() as Record<string, unknown>[];
    expect(tasks.map((t) => t.segmentId)).toEqual(["o1", "n0", "n1"]);
    expect(tasks.every((t) => t.kind === "translate" && t.attempts === 0 && t.failedAt === null && t.claimedBy === null)).toBe(true);
    expect(String(tasks[0]?.createdAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+00:00$/);
    const statuses = Object.fromEntries((handle.prepare(`SELECT "id", "status" FROM "Document"`).all() as { id: string; status: string }[]).map((d) => [d.id, d.status]));
    expect(statuses).toEqual({ new: "translating", old: "translating", done: "failed" });
  });
});
