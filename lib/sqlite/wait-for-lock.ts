// Retries an operation that found SQLite's write lock taken, sleeping between attempts
// so the event loop keeps serving. Each attempt may block for at most the connection's
// busy timeout (syncWaitMs); the total wait is bounded, after which the busy error goes
// up and becomes a 503 with Retry-After.
export type LockWait = { syncWaitMs: number; totalWaitMs: number };

const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 100;

export async function waitForLock<T>(attempt: () => T | Promise<T>, wait: LockWait): Promise<T> {
  const deadline = performance.now() + wait.totalWaitMs;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isLockBusy(error) || performance.now() + pause > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }
}

/** SQLITE_BUSY from better-sqlite3 itself, or as the Prisma adapter wraps it. */
export function isLockBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
  const cause = (error as { cause?: { originalCode?: unknown } }).cause;
  return typeof cause?.originalCode === "string" && cause.originalCode.startsWith("SQLITE_BUSY");
}
