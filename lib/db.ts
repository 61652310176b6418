// The one Prisma client of a process, on SQLite through the better-sqlite3 adapter.
// Cached on globalThis so Next's dev reloads and the worker share a single connection.
import "server-only";
import Database from "better-sqlite3";
import { WaitingSqliteAdapter } from "./sqlite/waiting-adapter";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile, databaseUrl, ensureDatabaseDir } from "./database-url";

/** How long one statement may block the event loop waiting for the write lock. */
const SYNC_LOCK_WAIT_MS = 20;
/** How long a write waits for the lock in all (asynchronously) before the busy 503. */
const TOTAL_LOCK_WAIT_MS = 10_000;

function createClient(): PrismaClient {
  const url = databaseUrl();
  ensureDatabaseDir(url);
  applyPragmas(databaseFile(url));
  const adapter = new WaitingSqliteAdapter({ url, syncWaitMs: SYNC_LOCK_WAIT_MS, totalWaitMs: TOTAL_LOCK_WAIT_MS });
  return new PrismaClient({ adapter });
}

/**
 * WAL lets readers (the reader page, exports) run while the worker writes; it is a
 * property of the database file, so setting it once through a short-lived handle is enough.
 */
function applyPragmas(file: string): void {
  const handle = new Database(file, { timeout: TOTAL_LOCK_WAIT_MS });
  try {
    handle.pragma("journal_mode = WAL");
    handle.pragma("synchronous = NORMAL");
  } finally {
    handle.close();
  }
}

const globalForDb = globalThis as unknown as { selarasDb?: PrismaClient };

export const db: PrismaClient = globalForDb.selarasDb ?? createClient();
globalForDb.selarasDb = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
