import "server-only";
// The app's write transactions were written for SQLite, where BEGIN IMMEDIATE gives one
// writer at a time across every process: a transaction may read, decide and then write
// without another writer slipping in between. On PostgreSQL the same guarantee comes from
// one transaction-scoped advisory lock taken right after BEGIN, held to commit or
// rollback, and waited for at most lockWaitMs (then the same busy error and 503 as on
// SQLite). Reads outside transactions never wait for it. Advisory locks are per database,
// so databases on one server (tests, several instances) do not share it.
import { PrismaPg } from "@prisma/adapter-pg";
import { WRITE_LOCK_KEY } from "./write-lock";

export { WRITE_LOCK_KEY };

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

export class SerializedPgAdapter extends PrismaPg {
  readonly #lockWaitMs: number;

  constructor(config: ConstructorParameters<typeof PrismaPg>[0], options: ConstructorParameters<typeof PrismaPg>[1] & { lockWaitMs: number }) {
    const { lockWaitMs, ...pgOptions } = options;
    super(config, pgOptions);
    this.#lockWaitMs = lockWaitMs;
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    const lockWait = `${Math.max(1, Math.round(this.#lockWaitMs))}ms`;
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      try {
        // lock_timeout bounds this wait and every row-lock wait of the transaction alike.
        await transaction.executeRaw({ sql: `SET LOCAL lock_timeout = '${lockWait}'`, args: [], argTypes: [] });
        await transaction.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`, args: [], argTypes: [] });
        return transaction;
      } catch (error) {
        // The engine sends COMMIT and ROLLBACK itself; rollback() only returns the connection.
        await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
        await transaction.rollback();
        throw error;
      }
    };
    return adapter;
  }
}
