import "server-only";
// Puts a segment's English back to what one change-log entry made it. The revert is itself
// a change (by a person), so nothing in the history is lost and the revert can be undone.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import type { SegmentStatus } from "@/lib/documents/types";
import { writeSegment } from "./conditional-write";
import { failure, type OperationResult } from "@/lib/operation-result";
import type { Actor } from "@/lib/changes/actor";
import type { SavedSegment } from "./types";

export type RevertInput = { id: string; changeId: string; version: number; actor?: Actor };

export async function revertSegment(input: RevertInput): Promise<OperationResult<{ segment: SavedSegment }>> {
  return db.$transaction(async (tx) => {
    const change = await tx.change.findFirst({ where: { id: input.changeId, segmentId: input.id } });
    if (!change || change.newStatus === null) return failure("not-found", "That history entry does not belong to this sentence.");
    // Reverting to engine or memory output makes the sentence unreviewed again (with that
    // engine), so the reviewed count and later retranslation treat it as such.
    const status: SegmentStatus = change.newStatus;
    const human = status === "edited" || status === "approved";
    return writeSegment(tx, {
      id: input.id,
      version: input.version,
      target: change.newTarget,
      status,
      action: "revert",
      ...(input.actor ? { actor: input.actor } : {}),
      ...(human ? {} : { engine: change.engine }),
      details: { toChange: change.id },
    });
  }, WRITE_TRANSACTION);
}
