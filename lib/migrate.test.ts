import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, pendingMigrations } from "./migrate";

const committed = fs.readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true }).filter((e) => e.isDirectory()).length;

describe("migrateDatabase", () => {
  it("applies every committed migration to a new database, then has nothing pending", () => {
    const dir = fs.mkdtempSync(path.resolve(".tmp/test/migrate-"));
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${path.join(dir, "fresh.db")}`;
    try {
      expect(pendingMigrations()).toHaveLength(committed);
      migrateDatabase();
      expect(pendingMigrations()).toEqual([]);
      migrateDatabase(); // a no-op that does not start Prisma
    } finally {
      process.env.DATABASE_URL = previous;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
