import "server-only";
// Applies committed migrations with Prisma's own CLI (JS schema engine, offline), so the
// worker, the CLI and the server bring any database up to date before touching it.
// Prisma is only started when something is pending: it needs the database to itself,
// and would time out while a running server or worker holds it. DATABASE_URL picks the
// provider and so the migrations folder (prisma.config.ts does the same for the CLI).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { databaseFile, databaseUrl, providerOf, type Provider } from "./database-url";
import { appliedMigrations, checkExtensions, connectChecked } from "./postgres/check-server";
import { backfillSourceHashes } from "./migrations/backfill-source-hashes";

const MIGRATIONS_DIRS: Record<Provider, string> = {
  sqlite: path.resolve("prisma/migrations"),
  postgresql: path.resolve("prisma/postgres/migrations"),
};

export async function migrateDatabase(): Promise<void> {
  const url = databaseUrl();
  const provider = providerOf(url);
  const pending = await pendingMigrations();
  if (pending.length > 0) await deploy(url, provider);
  // Data steps SQL cannot do on SQLite; each is idempotent and cheap once done, so it also
  // finishes work a crash interrupted after the schema step.
  if (provider === "sqlite") backfillSourceHashes(databaseFile(url));
}

async function deploy(url: string, provider: Provider): Promise<void> {
  if (provider === "postgresql") {
    const client = await connectChecked(url);
    try {
      await checkExtensions(client);
    } finally {
      await client.end();
    }
  }
  runPrismaDeploy(provider);
}

function runPrismaDeploy(provider: Provider): void {
  const require = createRequire(import.meta.url);
  const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  const preload = provider === "postgresql" ? ["--import", pathToFileURL(path.join(import.meta.dirname, "postgres", "unref-long-timers.mjs")).href] : [];
  try {
    execFileSync(process.execPath, [...preload, prismaCli, "migrate", "deploy"], { stdio: "pipe", env: process.env });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    const detail = `${output.stdout?.toString() ?? ""}${output.stderr?.toString() ?? ""}`.trim();
    throw new Error(`Database migration failed:\n${detail}`);
  }
}

/** Committed migration folders of this provider that the database has not finished applying. */
export async function pendingMigrations(): Promise<string[]> {
  const url = databaseUrl();
  const provider = providerOf(url);
  const committed = committedMigrations(provider);
  const applied = provider === "sqlite" ? appliedSqliteMigrations(databaseFile(url)) : await appliedPostgresMigrations(url);
  return committed.filter((name) => !applied.has(name));
}

export function committedMigrations(provider: Provider): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIRS[provider], { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function appliedPostgresMigrations(url: string): Promise<Set<string>> {
  const client = await connectChecked(url);
  try {
    return await appliedMigrations(client);
  } finally {
    await client.end();
  }
}

function appliedSqliteMigrations(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  const handle = new Database(file, { readonly: true, timeout: 10_000 });
  try {
    const table = handle.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return new Set();
    const rows = handle
      .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { name: string }[];
    return new Set(rows.map((row) => row.name));
  } finally {
    handle.close();
  }
}
