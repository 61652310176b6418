import "server-only";
// Sends a whole document back to the background worker with the current engine: every
// machine or memory sentence becomes pending again, and each request is logged. Sentences a person edited or approved are
// never touched here; retranslating one of those is a per-sentence choice (force).
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { translationQueue } from "@/lib/jobs/queue";
import { failure, type OperationResult } from "@/lib/operation-result";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChanges } from "@/lib/changes/record-change";

export async function retranslateDocument(documentId: string, actor: Actor = HUMAN): Promise<OperationResult<{ queued: number }>> {
  const result = await db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({ where: { id: documentId }, select: { deletedAt: true } });
    // A trashed document is kept as it was deleted; restore it before retranslating.
    if (!document || document.deletedAt) return failure("not-found", "No document with that id.");
    // Memory copies are unreviewed too: they go back to the engine like machine text.
    const unreviewed = await tx.segment.findMany({
      where: { documentId, status: { in: ["machine", "memory"] } },
      select: { id: true, target: true, status: true, version: true, engine: true },
    });
    const updated = await tx.segment.updateMany({
      where: { id: { in: unreviewed.map((s) => s.id) } },
      data: { status: "pending", version: { increment: 1 } },
    });
    await recordChanges(tx, unreviewed.map((s) => ({
      action: "retranslate_request" as const, actor, documentId, segmentId: s.id, engine: s.engine,
      oldTarget: s.target, newTarget: s.target, oldStatus: s.status, newStatus: "pending" as const, version: s.version + 1,
    })));
    await translationQueue().enqueue(tx, { documentId });
    const pending = await tx.segment.count({ where: { documentId, status: "pending" } });
    if (pending > 0) await tx.document.update({ where: { id: documentId }, data: { status: "translating" } });
    return { ok: true as const, queued: updated.count };
  }, WRITE_TRANSACTION);
  if (result.ok && result.queued > 0) wakeWorker();
  return result;
}
