import "server-only";
// The one write of machine results, with their change-log rows. A sentence is only
// written while it is still untouched by people (pending, or a machine translation
// being redone) at the version it was read at, so a second worker, a lost lease or a
// human edit meanwhile can never make it written twice or overwritten.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SegmentStatus } from "@/lib/generated/prisma/enums";
import { engineActor } from "@/lib/changes/actor";
import { recordChanges, type ChangeInput } from "@/lib/changes/record-change";

export type MachineTranslation = {
  segment: { id: string; documentId: string; version: number; target: string | null; status: SegmentStatus };
  target: string;
  flags: Prisma.InputJsonValue;
  engineId: string;
};

/** How many results were stored; a sentence that changed since it was read is skipped. */
export async function storeMachineTranslations(tx: Tx, results: readonly MachineTranslation[]): Promise<number> {
  const changes: ChangeInput[] = [];
  for (const { segment, target, flags, engineId } of results) {
    const updated = await tx.segment.updateMany({
      where: { id: segment.id, version: segment.version, status: { in: ["pending", "machine"] } },
      data: { target, status: "machine", engine: engineId, version: { increment: 1 }, flags },
    });
    if (updated.count === 0) continue;
    changes.push({
      action: "machine", actor: engineActor(engineId), documentId: segment.documentId, segmentId: segment.id, engine: engineId,
      oldTarget: segment.target, newTarget: target, oldStatus: segment.status, newStatus: "machine", version: segment.version + 1,
    });
  }
  // One insert for the batch's log rows: fewer statements inside the write lock.
  await recordChanges(tx, changes);
  return changes.length;
}
