// One error type for expected failures, with string codes mapped to HTTP statuses in
// one place. Route handlers, server actions and the CLI all translate these the same way.

export const ERROR_STATUS = {
  "empty-input": 422,
  "invalid-input": 422,
  "binary-file": 415,
  "unsupported-encoding": 415,
  "unsupported-type": 415,
  "too-large": 413,
  "too-many-sentences": 413,
  "too-complex": 422,
  "not-found": 404,
  // A valid export choice that selects nothing: answered instead of an empty file.
  "empty-export": 404,
  "version-conflict": 409,
  // A translation-memory import still running: it cannot be removed until it ends.
  "import-running": 409,
  "invalid-url": 422,
  "fetch-refused": 422,
  "fetch-failed": 502,
  unauthorized: 401,
  forbidden: 403,
  "misdirected": 421,
  "too-many-requests": 429,
  "method-not-allowed": 405,
  busy: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

// Prisma codes for a database that is busy rather than broken: P1008 is what the SQLite
// adapter makes of SQLITE_BUSY (the write lock was held past busy_timeout), P2028 a
// transaction that could not start within maxWait or outlived its timeout, P2034 a
// write conflict. All of them succeed when tried again a moment later.
const BUSY_PRISMA_CODES = new Set(["P1008", "P2028", "P2034"]);
// PostgreSQL's lock_not_available (a lock waited past lock_timeout, lib/postgres/serialized-
// adapter.ts), deadlock_detected and serialization_failure: all retried with success.
const BUSY_DRIVER_CODE = /^(?:SQLITE_(?:BUSY|LOCKED)|55P03$|40P01$|40001$)/;

/** True for a busy or timed-out database, in whichever wrapping it arrives; a retry may succeed. */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const { code, meta, cause } = error as { code?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
  if (typeof code === "string" && (BUSY_PRISMA_CODES.has(code) || BUSY_DRIVER_CODE.test(code))) return true;
  // Raw queries wrap the driver's error as P2010 with its code inside.
  const originalCode = (meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined)?.cause?.originalCode;
  if (typeof originalCode === "string" && BUSY_DRIVER_CODE.test(originalCode)) return true;
  return isDatabaseBusy(cause, depth + 1);
}
