// Builds one template database per test run from the committed migrations; each test
// file copies it (setup-db.ts). Each run has its own folder, so overlapping runs never
// delete each other's databases. The SQL is applied directly (no Prisma CLI process):
// it is the same SQL `prisma migrate deploy` runs, without its start-up cost.
//
// It also looks for the PostgreSQL test server once (lib/test/postgres.ts): the tests that
// run on both providers read the answer, and under CI a missing server fails the run.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { dropRunDatabases, probeServer, testServerUrl } from "./postgres";
import { backfillSourceHashes } from "../migrations/backfill-source-hashes";

const MIGRATIONS = path.resolve("prisma/migrations");

export default async function setup(): Promise<() => Promise<void>> {
  const run = randomUUID();
  const dir = path.resolve(".tmp/test", run);
  fs.mkdirSync(dir, { recursive: true });
  const template = new Database(path.join(dir, "template.db"));
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n)).sort()) {
    template.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  template.pragma("journal_mode = DELETE");
  template.close();
  // The data steps lib/migrate.ts runs after the SQL (here: the memory's unique pair index).
  backfillSourceHashes(path.join(dir, "template.db"));
  // Test workers are started after this and inherit the variables.
  process.env.SELARAS_TEST_DIR = dir;
  const runId = run.replace(/-/g, "").slice(0, 12);
  process.env.SELARAS_TEST_RUN = runId;
  const unavailable = await probeServer();
  if (unavailable && (process.env.CI || process.env.SELARAS_TEST_PG_URL)) {
    throw new Error(`PostgreSQL tests must run here, but there is ${unavailable}. .ci/run starts a server; locally, unset SELARAS_TEST_PG_URL to skip them.`);
  }
  process.env.SELARAS_TEST_PG_UNAVAILABLE = unavailable ?? "";
  if (unavailable) console.warn(`[test] PostgreSQL tests skipped: ${unavailable} (set SELARAS_TEST_PG_URL to a server to run them)`);
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (!unavailable) await dropRunDatabases(runId, testServerUrl()).catch(() => undefined);
  };
}
