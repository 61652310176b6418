// The app's one write lock on PostgreSQL (serialized-adapter.ts explains why): its key and
// how long a writer waits for it. Here, without "server-only", so code that runs in a
// worker thread (the memory import's writer) takes the very same lock.

/** Any fixed 64-bit key; every Selaras process on a database uses the same one. */
export const WRITE_LOCK_KEY = 7_305_092_913_355_291n;

/** How long a write transaction waits for another to finish before the busy 503 (as on SQLite). */
export const WRITE_LOCK_WAIT_MS = 10_000;
