// Throwaway PostgreSQL databases for tests: one per test file (or per use), created on the
// server SELARAS_TEST_PG_URL names, migrated with the committed PostgreSQL migrations, and
// dropped afterwards. Without that variable a server on 127.0.0.1:5432 is used when one
// answers; when none does, PostgreSQL tests are skipped with the reason in their name,
// except under CI, where a missing server is a failure (.ci/run starts one).
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export const DEFAULT_TEST_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const MIGRATIONS = path.resolve("prisma/postgres/migrations");
/** Every database a run makes starts with this, so a crashed run's leftovers are findable. */
export const TEST_DATABASE_PREFIX = "selaras_test_";

export function testServerUrl(): string {
  return process.env.SELARAS_TEST_PG_URL?.trim() || DEFAULT_TEST_SERVER;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Null when a server answers; otherwise why PostgreSQL tests cannot run. */
export async function probeServer(serverUrl = testServerUrl()): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `no PostgreSQL at ${new URL(serverUrl).host} (${(error as { code?: string }).code ?? (error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { name: string; url: string; drop: () => Promise<void> };

/** A new, empty database; migrated unless told otherwise (migrate tests start from nothing). */
export async function createTestDatabase(options: { migrate?: boolean | ((name: string) => boolean) } = {}): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const run = (process.env.SELARAS_TEST_RUN ?? "local").replace(/[^a-z0-9]/gi, "").slice(0, 12).toLowerCase();
  const name = `${TEST_DATABASE_PREFIX}${run}_${randomBytes(5).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl, name);
  const migrate = options.migrate ?? true;
  if (migrate) await applyMigrations(url, migrate === true ? () => true : migrate);
  return { name, url, drop: () => dropDatabase(name, serverUrl) };
}

/** The committed migration SQL, as `prisma migrate deploy` runs it, without its start-up cost. */
export async function applyMigrations(url: string, include: (name: string) => boolean = () => true): Promise<void> {
  const names = fs.readdirSync(MIGRATIONS).filter((name) => /^\d/.test(name) && include(name)).sort();
  await onServer(url, async (client) => {
    for (const name of names) await client.query(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  });
}

export async function dropDatabase(name: string, serverUrl = testServerUrl()): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Drops what an earlier run of this run id left behind (a killed test process). */
export async function dropRunDatabases(run: string, serverUrl = testServerUrl()): Promise<void> {
  await onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${TEST_DATABASE_PREFIX}${run}\\_%`]);
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  });
}
