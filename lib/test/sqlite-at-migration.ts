// A SQLite database as an older release left it: the committed migrations up to (not
// including) `before`, recorded in _prisma_migrations the way Prisma records them, so
// lib/migrate.ts sees exactly the later migrations as pending, as on a real upgrade.
import fs from "node:fs";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import Database from "better-sqlite3";

const MIGRATIONS = path.resolve("prisma/migrations");

export function sqliteDatabaseBefore(file: string, before: string): Database.Database {
  const handle = new Database(file);
  handle.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
  const record = handle.prepare(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES (?, ?, ?, ?, 1)`);
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n) && n < before).sort()) {
    const sql = fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
    handle.exec(sql);
    record.run(randomUUID(), createHash("sha256").update(sql).digest("hex"), Date.now(), name);
  }
  return handle;
}
