// Turns a failed API response into something the UI can translate: a known error code
// (keyed into messages' Errors section) plus the server's own message as a fallback.
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";

/** Codes the browser produces itself, when no usable answer came back. */
export type ClientErrorCode = "network" | "unknown";

export type ApiFailure = { code: ErrorCode | ClientErrorCode; serverMessage: string | null };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);
}

/** Reads `{ error: { code, message } }`; anything else becomes "unknown" with whatever text there was. */
export function readApiFailure(body: unknown): ApiFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message = error && typeof error.message === "string" && error.message.trim() !== "" ? error.message.trim() : null;
  const code = error?.code;
  return { code: isErrorCode(code) ? code : "unknown", serverMessage: message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
