// Runs a behaviour test against both providers: `describeEachProvider("saves", (provider) => …)`
// declares the block once on SQLite (the file's own database, setup-db.ts) and once on a
// fresh PostgreSQL database made for it. DATABASE_URL is switched for the block, and the
// app's `db` and provider() follow it (lib/db.ts), so the code under test is unchanged.
import { afterAll, beforeAll, describe } from "vitest";
import { disconnectDatabase } from "@/lib/db";
import type { Provider } from "@/lib/database-url";
import { createTestDatabase, type TestDatabase } from "./postgres";

export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

/** Set by global-setup.ts: empty when a PostgreSQL server answers, else why not. */
export function postgresUnavailable(): string | null {
  return process.env.SELARAS_TEST_PG_UNAVAILABLE || null;
}

export function describeEachProvider(name: string, body: (provider: Provider) => void): void {
  for (const provider of PROVIDERS) {
    if (provider === "sqlite") {
      describe(`${name} [sqlite]`, () => {
        useSqlite();
        body(provider);
      });
      continue;
    }
    const unavailable = postgresUnavailable();
    if (unavailable) {
      describe.skip(`${name} [postgresql skipped: ${unavailable}]`, () => body(provider));
      continue;
    }
    describe(`${name} [postgresql]`, () => {
      usePostgres();
      body(provider);
    });
  }
}

/** The file's own SQLite database for the block, even when the file runs on PostgreSQL. */
function useSqlite(): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = process.env.SELARAS_TEST_SQLITE_URL ?? previous;
  });
  afterAll(() => {
    process.env.DATABASE_URL = previous;
  });
}

/** Points DATABASE_URL at a new PostgreSQL database for the enclosing block, then drops it. */
export function usePostgres(): { database: () => TestDatabase } {
  let database: TestDatabase | undefined;
  let previous: string | undefined;
  let previousSecret: string | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    previous = process.env.DATABASE_URL;
    previousSecret = process.env.BETTER_AUTH_SECRET;
    process.env.DATABASE_URL = database.url;
    // On PostgreSQL the signing key must be given (lib/auth/auth-secret.ts).
    process.env.BETTER_AUTH_SECRET ??= "selaras-test-secret-0123456789abcdef";
  });
  afterAll(async () => {
    if (!database) return;
    await disconnectDatabase(database.url);
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
    if (previousSecret === undefined) delete process.env.BETTER_AUTH_SECRET;
    await database.drop();
  });
  return {
    database: () => {
      if (!database) throw new Error("usePostgres(): the database exists only inside the block's tests");
      return database;
    },
  };
}
