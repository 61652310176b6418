import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { committedMigrations, migrateDatabase, pendingMigrations } from "./migrate";
import { createTestDatabase } from "@/lib/test/postgres";
import { postgresUnavailable } from "@/lib/test/providers";

async function withDatabaseUrl(url: string, work: () => Promise<void>): Promise<void> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    await work();
  } finally {
    process.env.DATABASE_URL = previous;
  }
}

async function migratesFromNothing(provider: "sqlite" | "postgresql"): Promise<void> {
  const committed = committedMigrations(provider).length;
  expect(committed).toBeGreaterThan(0);
  expect(await pendingMigrations()).toHaveLength(committed);
  await migrateDatabase();
  expect(await pendingMigrations()).toEqual([]);
  await migrateDatabase(); // a no-op that does not start Prisma
}

describe("migrateDatabase", () => {
  it("applies every committed SQLite migration to a new database, then has nothing pending", async () => {
    const dir = fs.mkdtempSync(path.resolve(".tmp/test/migrate-"));
    try {
      await withDatabaseUrl(`file:${path.join(dir, "fresh.db")}`, () => migratesFromNothing("sqlite"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(postgresUnavailable())(`applies every committed PostgreSQL migration to a new database${postgresUnavailable() ? ` [skipped: ${postgresUnavailable()}]` : ""}`, async () => {
    const database = await createTestDatabase({ migrate: false });
    try {
      await withDatabaseUrl(database.url, () => migratesFromNothing("postgresql"));
    } finally {
      await database.drop();
    }
  });
});
