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
  "not-found": 404,
  "version-conflict": 409,
  "fetch-refused": 422,
  "fetch-failed": 502,
  forbidden: 403,
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
