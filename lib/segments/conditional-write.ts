import "server-only";
// The one way a person's change reaches a segment: a conditional update on the version
// the change started from, plus its revision row, in the caller's transaction. Of two
// racing writes from the same version exactly one matches; the other gets a 409 value.
import type { Tx } from "@/lib/db";
import type { SegmentStatus } from "@/lib/documents/types";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { readCurrentSegment } from "./read-current-segment";
import { recheckSegmentTerms } from "@/lib/glossary/recheck-segment-terms";
import { HUMAN_ORIGIN, type SavedSegment } from "./types";

export type SegmentWrite = {
  id: string;
  version: number;
  target: string | null;
  status: SegmentStatus;
  origin?: string;
  engine?: string | null;
  /** Extra conditions, e.g. "still not edited by hand" for propagation. */
  onlyIfStatusIn?: readonly SegmentStatus[];
};

export async function writeSegment(tx: Tx, write: SegmentWrite): Promise<OperationResult<{ segment: SavedSegment }>> {
  // Set here rather than read back afterwards: one round trip fewer inside the write lock.
  const updatedAt = new Date();
  const updated = await tx.segment.updateMany({
    where: {
      id: write.id,
      version: write.version,
      ...(write.onlyIfStatusIn ? { status: { in: [...write.onlyIfStatusIn] } } : {}),
    },
    data: {
      target: write.target,
      status: write.status,
      version: { increment: 1 },
      updatedAt,
      ...(write.engine !== undefined ? { engine: write.engine } : {}),
    },
  });
  if (updated.count === 0) return staleWrite(tx, write.id);
  const version = write.version + 1;
  await tx.segmentRevision.create({
    data: { segmentId: write.id, target: write.target, status: write.status, origin: write.origin ?? HUMAN_ORIGIN, version, createdAt: updatedAt },
  });
  // A person's wording is kept as typed; only its "term-mismatch" flag follows the new text.
  // (Machine text is never rechecked here: that could bump the version the caller just got.)
  if (write.status !== "machine") await recheckSegmentTerms(tx, [write.id]);
  return {
    ok: true,
    segment: { id: write.id, target: write.target, status: write.status, version, updatedAt: updatedAt.toISOString() },
  };
}

async function staleWrite(tx: Tx, id: string) {
  const current = await readCurrentSegment(tx, id);
  if (!current) return segmentNotFound();
  return failure("version-conflict", "This sentence was changed by someone else since you started editing it.", {
    current: {
      target: current.target,
      status: current.status,
      version: current.version,
      origin: current.origin,
      updatedAt: current.updatedAt,
    },
  });
}
