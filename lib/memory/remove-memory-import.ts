import "server-only";
// Removes one import and its units from translation memory. Sentences already filled
// from them keep their text, status and recorded origin: the change log and the
// segment's engine ("import:<file>") still say where the English came from. A queued
// import is taken off the queue (its turn finds it gone); a running one must end first.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { failure, type OperationResult } from "@/lib/operation-result";

export async function removeMemoryImport(id: string): Promise<OperationResult<{ id: string; units: number }>> {
  return db.$transaction(async (tx) => {
    const found = await tx.memoryImport.findUnique({ where: { id }, select: { id: true, status: true } });
    if (!found) return failure("not-found", "No translation-memory import with that id.");
    if (found.status === "running") return failure("import-running", "This import is still running; remove it once it has ended.");
    const { count } = await tx.memoryUnit.deleteMany({ where: { importId: id } });
    await tx.memoryImport.delete({ where: { id } });
    return { ok: true as const, id, units: found.status === "done" ? count : 0 };
  }, WRITE_TRANSACTION);
}
