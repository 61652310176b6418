// What a person sees when the database is not usable as configured: one plain sentence
// from `npm run db:migrate` (and so `npm start`, which migrates first) saying what to do,
// exit code 1, and never a stack trace. Each case runs the real CLI in a child process.
import { execFile } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServerUrl, withDatabase } from "@/lib/test/postgres";
import { postgresUnavailable } from "@/lib/test/providers";

type Outcome = { code: number; stderr: string; stdout: string };

function runScript(script: string, extraEnv: Record<string, string>, args: string[] = []): Promise<Outcome> {
  const env = { ...process.env, ...extraEnv };
  delete env.BETTER_AUTH_SECRET;
  Object.assign(env, extraEnv);
  const conditions = script.endsWith("main.ts") ? ["--conditions=react-server"] : [];
  return new Promise((resolve) => {
    execFile(process.execPath, [...conditions, "--import", "tsx", script, ...args], { cwd: path.resolve("."), env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const migrate = (url: string) => runScript("lib/cli/main.ts", { DATABASE_URL: url }, ["migrate"]);

function expectClearRefusal(outcome: Outcome, message: RegExp): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stderr).toMatch(message);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
  expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("a malformed DATABASE_URL", () => {
  it.each([
    ["another database's scheme", "mysql://localhost/selaras", /only file: \(SQLite\) and postgresql:\/\/ URLs are supported/],
    ["a PostgreSQL URL without a database", "postgresql://postgres@127.0.0.1:5432", /names no database/],
  ])("is refused at migrate: %s", async (_name, url, message) => {
    expectClearRefusal(await migrate(url), message);
  });

  it("is refused by npm start before anything starts", async () => {
    expectClearRefusal(await runScript("lib/cli/start.ts", { DATABASE_URL: "mysql://localhost/selaras" }), /^selaras: Invalid configuration: DATABASE_URL/);
  });
});

describe("an unreachable PostgreSQL server", () => {
  it("is named with its host and port", async () => {
    const port = await freePort();
    expectClearRefusal(await migrate(`postgresql://postgres@127.0.0.1:${port}/selaras`), new RegExp(`Cannot reach the PostgreSQL server at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
  });
});

const skipReason = postgresUnavailable();
describe.skipIf(skipReason)(`a PostgreSQL server that answers${skipReason ? ` [skipped: ${skipReason}]` : ""}`, () => {
  const suffix = randomBytes(4).toString("hex");
  const role = `selaras_test_noext_${suffix}`;
  const database = `selaras_test_noext_${suffix}`;
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: testServerUrl() });
    await admin.connect();
    // A login that may connect and create tables, but not add extensions to the database.
    await admin.query(`CREATE ROLE "${role}" LOGIN`);
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.query(`REVOKE CREATE ON DATABASE "${database}" FROM PUBLIC`);
    const inDatabase = new pg.Client({ connectionString: withDatabase(testServerUrl(), database) });
    await inDatabase.connect();
    await inDatabase.query(`GRANT CREATE, USAGE ON SCHEMA public TO "${role}"`);
    await inDatabase.end();
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.end();
  });

  it("says how to create a database that does not exist", async () => {
    const missing = `selaras_missing_${suffix}`;
    expectClearRefusal(await migrate(withDatabase(testServerUrl(), missing)), new RegExp(`database "${missing}" does not exist on .*createdb -h \\S+ -p \\d+ -U \\S+ ${missing}`));
  });

  it("refuses before migrating when the user may not create unaccent and pg_trgm, and says who can", async () => {
    const url = withDatabase(testServerUrl(), database).replace(/\/\/[^@/]*@/, `//${role}@`);
    expectClearRefusal(
      await migrate(url),
      new RegExp(`User "${role}" may not create the unaccent and pg_trgm extensions in database "${database}"\\. Ask a superuser to run: psql -d ${database} -c 'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;'`),
    );
    // Nothing half-done: not one table was created.
    const inDatabase = new pg.Client({ connectionString: withDatabase(testServerUrl(), database) });
    await inDatabase.connect();
    const { rows } = await inDatabase.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    await inDatabase.end();
    expect(rows).toEqual([{ n: 0 }]);
  });

  it("asks for the shared sign-in key at npm start", async () => {
    expectClearRefusal(await runScript("lib/cli/start.ts", { DATABASE_URL: withDatabase(testServerUrl(), database) }), /^selaras: BETTER_AUTH_SECRET is not set\. On PostgreSQL/);
  });
});
