import "server-only";
// Puts a segment back to an earlier revision. The revert is itself a new revision (by a
// person), so nothing in the history is lost and the revert can be undone the same way.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import type { SegmentStatus } from "@/lib/documents/types";
import { writeSegment } from "./conditional-write";
import { failure, type OperationResult } from "@/lib/operation-result";
import type { SavedSegment } from "./types";

export type RevertInput = { id: string; revisionId: string; version: number };

export async function revertSegment(input: RevertInput): Promise<OperationResult<{ segment: SavedSegment }>> {
  return db.$transaction(async (tx) => {
    const revision = await tx.segmentRevision.findFirst({ where: { id: input.revisionId, segmentId: input.id } });
    if (!revision) return failure("not-found", "That revision does not belong to this sentence.");
    // Reverting to engine output makes the sentence machine output again (with that
    // engine), so the reviewed count and later retranslation treat it as such.
    const human = revision.status === "edited" || revision.status === "approved";
    const status = (human ? revision.status : revision.status === "pending" ? "pending" : "machine") as SegmentStatus;
    return writeSegment(tx, {
      id: input.id,
      version: input.version,
      target: revision.target,
      status,
      ...(human ? {} : { engine: revision.origin }),
    });
  }, WRITE_TRANSACTION);
}
