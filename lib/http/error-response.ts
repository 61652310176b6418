import "server-only";
// Maps failures to JSON responses in one place: AppError codes to their statuses,
// anything unexpected to a 500 that does not leak internals.
import { isAppError } from "@/lib/errors";

export type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    return Response.json(body, { status: error.status });
  }
  console.error(error);
  const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on the server." } };
  return Response.json(body, { status: 500 });
}
