import "server-only";
// Sends a whole document back to the background worker with the current engine: every
// machine sentence becomes pending again. Sentences a person edited or approved are
// never touched here; retranslating one of those is a per-sentence choice (force).
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { failure, type OperationResult } from "@/lib/operation-result";

export async function retranslateDocument(documentId: string): Promise<OperationResult<{ queued: number }>> {
  const result = await db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id: documentId }, select: { id: true } });
    if (!document) return failure("not-found", "No document with that id.");
    const updated = await tx.segment.updateMany({
      where: { documentId, status: "machine" },
      data: { status: "pending", version: { increment: 1 } },
    });
    const pending = await tx.segment.count({ where: { documentId, status: "pending" } });
    if (pending > 0) await tx.document.update({ where: { id: documentId }, data: { status: "translating" } });
    return { ok: true as const, queued: updated.count };
  }, WRITE_TRANSACTION);
  if (result.ok && result.queued > 0) wakeWorker();
  return result;
}
