import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseFile } from "@/lib/database-url";

// Another process writing between a transaction's first read and its first write used
// to fail the transaction with SQLITE_BUSY (a stale WAL snapshot cannot be upgraded).
describe("interactive transactions", () => {
  it("take the write lock first, so another process's write waits instead of breaking them", async () => {
    await db.document.deleteMany();
    const other = new Database(databaseFile(), { timeout: 0 });
    let otherWrite: "committed" | "waited" = "committed";
    await db.$transaction(async (tx) => {
      await tx.document.count();
      try {
        other.prepare("INSERT INTO Document (id, title, rawText, contentHash, updatedAt) VALUES ('other', 't', 'r', 'h', 0)").run();
      } catch (error) {
        expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
        otherWrite = "waited";
      }
      await tx.document.create({ data: { title: "mine", rawText: "r", contentHash: "mine" } });
    });
    other.close();
    expect(otherWrite).toBe("waited");
    expect(await db.document.count({ where: { contentHash: "mine" } })).toBe(1);
  });
});
