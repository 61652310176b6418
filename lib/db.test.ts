// The guarantees crash safety rests on, checked through the app's own client: WAL (so
// readers never block the worker and a killed writer leaves a consistent file) and a
// busy timeout (so concurrent writers wait instead of failing with SQLITE_BUSY).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseFile } from "@/lib/database-url";

async function pragma(name: string): Promise<unknown> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0] ?? {})[0];
}

describe("database settings at start", () => {
  it.each<[string, (value: unknown) => void]>([
    ["journal_mode", (value) => expect(String(value).toLowerCase()).toBe("wal")],
    ["busy_timeout", (value) => expect(Number(value)).toBeGreaterThan(0)],
    ["foreign_keys", (value) => expect(Number(value)).toBe(1)],
    ["integrity_check", (value) => expect(value).toBe("ok")],
  ])("PRAGMA %s", async (name, check) => {
    check(await pragma(name));
  });

  it("lets a second connection read while the app holds a write transaction", async () => {
    const other = new Database(databaseFile(), { readonly: true });
    try {
      await db.$transaction(async (tx) => {
        await tx.document.create({ data: { title: "t", rawText: "r", contentHash: `wal-${Date.now()}` } });
        // In rollback-journal mode this read would wait for the writer; WAL serves the last commit.
        expect(() => other.prepare("SELECT count(*) AS n FROM Document").get()).not.toThrow();
      });
    } finally {
      other.close();
    }
  });
});
