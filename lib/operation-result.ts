// Expected failures of segment operations are values, not exceptions: the editor shows
// a conflict or a refusal as part of its normal flow. Route handlers turn them into the
// shared error body with toAppError.
import { AppError, type ErrorCode } from "@/lib/errors";

export type OperationFailure = { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> };
export type OperationResult<T> = ({ ok: true } & T) | OperationFailure;

export function failure(code: ErrorCode, message: string, details?: Record<string, unknown>): OperationFailure {
  return details ? { ok: false, code, message, details } : { ok: false, code, message };
}

export function toAppError(result: OperationFailure): AppError {
  return new AppError(result.code, result.message, result.details);
}

export const segmentNotFound = (): OperationFailure => failure("not-found", "No sentence with that id.");
