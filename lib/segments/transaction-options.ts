// SQLite has one writer at a time: a save may queue behind the worker's batch or other
// editors' saves. Waiting a few seconds for the lock beats failing a person's save.
export const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 } as const;
