import "server-only";
// An ended import as the API's answer to POST ?wait=1: 201 with the counts when done, the
// stored error with its own status when failed (422 malformed, 415 encoding, …).
import { AppError, ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { getMemoryImport } from "./list-memory-imports";
import { memoryImportSettled } from "./memory-import-queue";
import type { MemoryImportDetail } from "./types";

export async function endedImport(id: string): Promise<MemoryImportDetail> {
  await memoryImportSettled(id);
  const detail = await getMemoryImport(id);
  if (!detail) throw new AppError("not-found", "The import was removed before it ended.");
  if (detail.status === "failed" && detail.error) {
    const code = detail.error.code in ERROR_STATUS ? (detail.error.code as ErrorCode) : null;
    if (code) throw new AppError(code, detail.error.message, { ...detail.error.details, importId: id });
    throw new Error(`Memory import ${id} failed: ${detail.error.code}: ${detail.error.message}`);
  }
  return detail;
}
