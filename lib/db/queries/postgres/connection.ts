// Connections of the raw-SQL side that Prisma's pool cannot give: one held by a single
// piece of work for a whole transaction (an export's cursor, an import), and a small pool
// for short read-only snapshots (statistics). Prisma's interactive transactions take the
// app's write lock (lib/postgres/serialized-adapter.ts), which a read must never wait for.
// No "server-only": the memory import's writer runs in a worker thread.
import pg from "pg";
import { databaseUrl } from "@/lib/database-url";

const globalForPools = globalThis as unknown as { selarasReadPools?: Map<string, pg.Pool> };
const pools = (globalForPools.selarasReadPools ??= new Map<string, pg.Pool>());

/** Short reads in flight at once per process; a statistics count takes one for its query. */
const READ_POOL_SIZE = 4;

// Without a listener, an idle connection the server dropped (a restart, a failover, a
// test dropping its database) would end the process with an unhandled 'error' event.
const warnLost = (error: Error) => console.warn(`[selaras] PostgreSQL connection lost: ${error.message}`);

/** A connection of its own; the caller ends it. */
export async function openConnection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  client.on("error", warnLost);
  await client.connect();
  return client;
}

function readPool(): pg.Pool {
  const url = databaseUrl();
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: READ_POOL_SIZE, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    pool.on("error", warnLost);
    pools.set(url, pool);
  }
  return pool;
}

/** Ends the read pool of a URL (with its Prisma client: lib/db.ts disconnectDatabase). */
export async function closeReadPool(url: string): Promise<void> {
  const pool = pools.get(url);
  pools.delete(url);
  await pool?.end();
}

export type Queryable = Pick<pg.ClientBase, "query">;

/**
 * Runs `read` in one REPEATABLE READ READ ONLY transaction on a pooled connection: every
 * query in it sees the same snapshot, and no write can slip in between two of them.
 * `statementTimeoutMs` bounds each query (the statistics' budget).
 */
export async function withReadSnapshot<T>(read: (client: Queryable) => Promise<T>, options: { statementTimeoutMs?: number } = {}): Promise<T> {
  const client = await readPool().connect();
  let healthy = true;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (options.statementTimeoutMs) await client.query(`SET LOCAL statement_timeout = ${Math.round(options.statementTimeoutMs)}`);
    const result = await read(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => (healthy = false));
    throw error;
  } finally {
    // A connection whose ROLLBACK failed is in an unknown state: the pool drops it.
    client.release(!healthy);
  }
}
