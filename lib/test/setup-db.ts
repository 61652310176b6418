// Gives every test file its own throwaway database before any module opens a connection:
// a copy of the migrated SQLite template, or, with SELARAS_TEST_PROVIDER=postgresql, a
// new PostgreSQL database (lib/test/postgres.ts), dropped after the file. The second runs
// a whole suite on PostgreSQL: `SELARAS_TEST_PROVIDER=postgresql npx vitest run lib/segments`.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { createTestDatabase } from "./postgres";

const dir = process.env.SELARAS_TEST_DIR;
if (!dir) throw new Error("SELARAS_TEST_DIR is not set: run tests through vitest (lib/test/global-setup.ts)");
const file = path.join(dir, `${randomUUID()}.db`);
fs.copyFileSync(path.join(dir, "template.db"), file);
/** This file's SQLite database, whichever provider the file runs on (lib/test/providers.ts). */
process.env.SELARAS_TEST_SQLITE_URL = `file:${file}`;
process.env.DATABASE_URL = `file:${file}`;
process.env.SEED_DEMO = "false";
process.env.WORKER_ENABLED = "false";
process.env.TRANSLATION_ENGINE ??= "draft";

if (process.env.SELARAS_TEST_PROVIDER === "postgresql") {
  const unavailable = process.env.SELARAS_TEST_PG_UNAVAILABLE;
  if (unavailable) throw new Error(`SELARAS_TEST_PROVIDER=postgresql, but there is ${unavailable}`);
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET ??= "selaras-test-secret-0123456789abcdef";
  afterAll(async () => {
    const { disconnectDatabase } = await import("@/lib/db");
    await disconnectDatabase(database.url);
    await database.drop();
  });
}
