// The one Prisma client of a process, on SQLite through the better-sqlite3 adapter.
// Cached on globalThis so Next's dev reloads and the worker share a single connection.
import "server-only";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile, databaseUrl, ensureDatabaseDir } from "./database-url";

const BUSY_TIMEOUT_MS = 10_000;

function createClient(): PrismaClient {
  const url = databaseUrl();
  ensureDatabaseDir(url);
  applyPragmas(databaseFile(url));
  const adapter = new ImmediateTransactionsAdapter({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

/**
 * Interactive transactions open with BEGIN IMMEDIATE instead of a plain (deferred)
 * BEGIN. A deferred transaction that reads first and writes later cannot upgrade
 * its WAL snapshot once another process (the CLI worker, a second server) has
 * committed in between: SQLite fails it with SQLITE_BUSY at once, without waiting
 * for the busy timeout. Taking the write lock up front makes every writer queue on
 * the busy timeout instead. Reads outside transactions are unaffected.
 */
class ImmediateTransactionsAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    return adapter;
  }
}

/**
 * WAL lets readers (the reader page, exports) run while the worker writes; it is a
 * property of the database file, so setting it once through a short-lived handle is enough.
 */
function applyPragmas(file: string): void {
  const handle = new Database(file, { timeout: BUSY_TIMEOUT_MS });
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
