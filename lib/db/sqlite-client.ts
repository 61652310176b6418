import "server-only";
// The SQLite client: better-sqlite3 through the waiting adapter (short synchronous lock
// waits, BEGIN IMMEDIATE for interactive transactions), on a WAL database file.
import Database from "better-sqlite3";
import { WaitingSqliteAdapter } from "@/lib/sqlite/waiting-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseFile, ensureDatabaseDir } from "@/lib/database-url";

/** How long one statement may block the event loop waiting for the write lock. */
const SYNC_LOCK_WAIT_MS = 20;
/** How long a write waits for the lock in all (asynchronously) before the busy 503. */
const TOTAL_LOCK_WAIT_MS = 10_000;

export function createSqliteClient(url: string): PrismaClient {
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
