import "server-only";
// The one write of a machine result, with its change-log row. A sentence is only
// written while it is still untouched by people (pending, or a machine translation
// being redone) at the version it was read at, so a second worker, a lost lease or a
// human edit meanwhile can never make it written twice or overwritten.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SegmentStatus } from "@/lib/generated/prisma/enums";
import { engineActor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";

export type MachineTranslation = {
  segment: { id: string; documentId: string; version: number; target: string | null; status: SegmentStatus };
  target: string;
  flags: Prisma.InputJsonValue;
  engineId: string;
};

/** True when the result was stored; false when the sentence changed since it was read. */
export async function storeMachineTranslation(tx: Tx, result: MachineTranslation): Promise<boolean> {
  const { segment, target, flags, engineId } = result;
  const updated = await tx.segment.updateMany({
    where: { id: segment.id, version: segment.version, status: { in: ["pending", "machine"] } },
    data: { target, status: "machine", engine: engineId, version: { increment: 1 }, flags },
  });
  if (updated.count === 0) return false;
  await recordChange(tx, {
    action: "machine", actor: engineActor(engineId), documentId: segment.documentId, segmentId: segment.id, engine: engineId,
    oldTarget: segment.target, newTarget: target, oldStatus: segment.status, newStatus: "machine", version: segment.version + 1,
  });
  return true;
}
