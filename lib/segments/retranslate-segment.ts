import "server-only";
// Sends one sentence back to the background worker with the current engine. A sentence a
// person edited or approved is only sent back when they ask for it explicitly (force).
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { translationQueue } from "@/lib/jobs/queue";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { readCurrentSegment } from "./read-current-segment";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";
import { REVIEWED_STATUSES, type SavedSegment } from "./types";

export type RetranslateSegmentInput = { id: string; version: number; force?: boolean; actor?: Actor };

export async function retranslateSegment(input: RetranslateSegmentInput): Promise<OperationResult<{ segment: SavedSegment }>> {
  const result = await db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: input.id }, select: { status: true, documentId: true, target: true, engine: true } });
    if (!segment) return segmentNotFound();
    if (REVIEWED_STATUSES.includes(segment.status) && !input.force) {
      return failure("forbidden", "This sentence was corrected by hand; confirm to replace the correction with a new machine translation.");
    }
    // The old text stays visible until the worker writes the new one; the version bump
    // tells any open editor that the sentence is about to change.
    const updated = await tx.segment.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: "pending", version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await readCurrentSegment(tx, input.id);
      return failure("version-conflict", "This sentence was changed by someone else since you opened it.", { current });
    }
    await recordChange(tx, {
      action: "retranslate_request", actor: input.actor ?? HUMAN, documentId: segment.documentId, segmentId: input.id,
      engine: segment.engine, oldTarget: segment.target, newTarget: segment.target, oldStatus: segment.status, newStatus: "pending",
      version: input.version + 1, details: input.force ? { force: true } : undefined,
    });
    await translationQueue().enqueue(tx, { segmentIds: [input.id] }, { priority: "person" });
    await tx.document.update({ where: { id: segment.documentId }, data: { status: "translating" } });
    const current = await readCurrentSegment(tx, input.id);
    if (!current) return segmentNotFound();
    const { origin: _origin, ...saved } = current;
    return { ok: true as const, segment: saved };
  }, WRITE_TRANSACTION);
  if (result.ok) wakeWorker();
  return result;
}
