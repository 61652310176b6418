import "server-only";
// Applies a segment's corrected translation to every other occurrence of the same
// Indonesian sentence that no person has edited. Each copy is a conditional write on the
// version just read, so a copy edited by hand in the meantime is skipped, not overwritten.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import { writeSegment } from "./conditional-write";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { IN_LIVE_DOCUMENT } from "@/lib/documents/live-documents";
import { REVIEWED_STATUSES } from "./types";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { textHash } from "@/lib/text/text-hash";

const UNREVIEWED = ["pending", "machine", "memory"] as const;

export async function propagateCorrection(id: string, actor: Actor = HUMAN): Promise<OperationResult<{ updated: number; segmentIds: string[] }>> {
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id }, select: { source: true, target: true, status: true } });
    if (!segment) return segmentNotFound();
    if (segment.target === null || !REVIEWED_STATUSES.includes(segment.status)) {
      return failure("invalid-input", "Correct and save this sentence before applying it to its repetitions.");
    }
    const copies = await tx.segment.findMany({
      // A trashed document is left exactly as it was deleted, so a restore brings back that state.
      where: { sourceHash: textHash(segment.source), source: segment.source, id: { not: id }, ...IN_LIVE_DOCUMENT, status: { in: [...UNREVIEWED] } },
      select: { id: true, version: true },
    });
    const segmentIds: string[] = [];
    for (const copy of copies) {
      const written = await writeSegment(tx, {
        id: copy.id,
        version: copy.version,
        target: segment.target,
        status: "edited",
        action: "propagate",
        actor,
        details: { from: id },
        onlyIfStatusIn: UNREVIEWED,
      });
      if (written.ok) segmentIds.push(copy.id);
    }
    return { ok: true, updated: segmentIds.length, segmentIds };
  }, WRITE_TRANSACTION);
}
