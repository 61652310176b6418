import "server-only";
// Maps failures to JSON responses in one place: AppError codes to their statuses, a busy
// or timed-out database to a 503 the client may retry, anything unexpected to a 500
// that does not leak internals.
import { isAppError, isDatabaseBusy } from "@/lib/errors";

export type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

/** Seconds a client should wait before retrying after a 503: SQLite write locks are short. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    return Response.json(body, { status: error.status, ...(error.code === "busy" ? { headers: retryAfter() } : {}) });
  }
  if (isDatabaseBusy(error)) {
    console.warn(`Database busy, answered 503: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    const body: ErrorBody = { error: { code: "busy", message: "The database is busy. Try again in a moment." } };
    return Response.json(body, { status: 503, headers: retryAfter() });
  }
  console.error(error);
  const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on the server." } };
  return Response.json(body, { status: 500 });
}

function retryAfter(): Record<string, string> {
  return { "retry-after": String(BUSY_RETRY_AFTER_SECONDS) };
}
