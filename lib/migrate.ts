import "server-only";
// Applies committed migrations with Prisma's own CLI (JS schema engine, offline), so the
// worker, the CLI and the server bring any database up to date before touching it.
// Prisma is only started when something is pending: it needs the database to itself,
// and would time out while a running server or worker holds it.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile } from "./database-url";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

export function migrateDatabase(): void {
  if (pendingMigrations().length === 0) return;
  const require = createRequire(import.meta.url);
  const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  try {
    execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], { stdio: "pipe", env: process.env });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    const detail = `${output.stdout?.toString() ?? ""}${output.stderr?.toString() ?? ""}`.trim();
    throw new Error(`Database migration failed:\n${detail}`);
  }
}

/** Committed migration folders that the database has not finished applying. */
export function pendingMigrations(): string[] {
  const committed = fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const file = databaseFile();
  if (!fs.existsSync(file)) return committed;
  const handle = new Database(file, { readonly: true, timeout: 10_000 });
  try {
    const table = handle.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return committed;
    const rows = handle
      .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { name: string }[];
    const applied = new Set(rows.map((row) => row.name));
    return committed.filter((name) => !applied.has(name));
  } finally {
    handle.close();
  }
}
