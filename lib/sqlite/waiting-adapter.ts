import "server-only";
// better-sqlite3 waits for SQLite's write lock synchronously: with a 10 s busy timeout a
// write queued behind another process (the worker, the CLI) froze the whole web process
// for up to 10 s. This adapter keeps each synchronous wait short and waits the rest
// asynchronously, with backoff, so the event loop keeps serving reads meanwhile.
//
// Interactive transactions open with BEGIN IMMEDIATE instead of a plain (deferred) BEGIN:
// a deferred transaction that reads first and writes later cannot upgrade its WAL
// snapshot once another process has committed in between (SQLITE_BUSY at once, no wait).
// Taking the write lock up front makes every writer queue instead.
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { waitForLock, type LockWait } from "./wait-for-lock";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

export type WaitingAdapterOptions = { url: string } & LockWait;

export class WaitingSqliteAdapter extends PrismaBetterSQLite3 {
  readonly #wait: LockWait;

  constructor(options: WaitingAdapterOptions) {
    super({ url: options.url, timeout: options.syncWaitMs });
    this.#wait = { syncWaitMs: options.syncWaitMs, totalWaitMs: options.totalWaitMs };
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const prepare = client.prepare.bind(client);
    // The lock is taken below, asynchronously; the base class's own BEGIN becomes a no-op.
    const begun = { run: () => ({ changes: 0, lastInsertRowid: 0 }) };
    client.prepare = ((sql: string) => (sql === "BEGIN" ? begun : prepare(sql))) as typeof client.prepare;
    const wait = this.#wait;
    const startTransaction = adapter.startTransaction.bind(adapter);
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    // One transaction at a time on the one connection, released at commit or rollback.
    let gate: Promise<void> = Promise.resolve();

    adapter.startTransaction = async (isolationLevel) => {
      const previous = gate;
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      await previous;
      try {
        await waitForLock(() => client.exec("BEGIN IMMEDIATE"), wait);
        return closing(await startTransaction(isolationLevel), release);
      } catch (error) {
        // The base class keeps its mutex when BEGIN fails; here nothing is left held.
        release();
        throw error;
      }
    };
    // Outside a transaction a write takes the lock per statement; a busy statement did not run.
    adapter.queryRaw = (query) => waitForLock(() => queryRaw(query), wait);
    adapter.executeRaw = (query) => waitForLock(() => executeRaw(query), wait);
    return adapter;
  }
}

function closing(transaction: Transaction, release: () => void): Transaction {
  const commit = transaction.commit.bind(transaction);
  const rollback = transaction.rollback.bind(transaction);
  transaction.commit = () => commit().finally(release);
  transaction.rollback = () => rollback().finally(release);
  return transaction;
}
