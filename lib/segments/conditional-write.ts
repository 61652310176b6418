import "server-only";
// The one way a person's change reaches a segment: a conditional update on the version
// the change started from, plus its change-log row, in the caller's transaction. Of two
// racing writes from the same version exactly one matches; the other gets a 409 value.
import type { Tx } from "@/lib/db";
import type { ChangeAction, SegmentStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";
import { readCurrentSegment } from "./read-current-segment";
import { recheckSegmentTerms } from "@/lib/glossary/recheck-segment-terms";
import { REVIEWED_STATUSES, type SavedSegment } from "./types";
import { withSourceHash } from "@/lib/text/text-hash";

export type SegmentWrite = {
  id: string;
  version: number;
  target: string | null;
  status: SegmentStatus;
  /** Defaults to edit / approve / unapprove, read from the status change. */
  action?: ChangeAction;
  actor?: Actor;
  engine?: string | null;
  /** A new Indonesian text (split, merge); the log keeps the old one. */
  source?: string;
  /** Structural edits keep who reviewed the text; only a person's own wording changes it. */
  keepReviewer?: boolean;
  details?: Prisma.InputJsonValue;
  /** Extra conditions, e.g. "still not edited by hand" for propagation. */
  onlyIfStatusIn?: readonly SegmentStatus[];
};

export async function writeSegment(tx: Tx, write: SegmentWrite): Promise<OperationResult<{ segment: SavedSegment }>> {
  const before = await tx.segment.findUnique({ where: { id: write.id }, select: { documentId: true, source: true, target: true, status: true, engine: true } });
  if (!before) return segmentNotFound();
  const actor = write.actor ?? HUMAN;
  // Set here rather than read back afterwards: one round trip fewer inside the write lock.
  const updatedAt = new Date();
  const reviewed = REVIEWED_STATUSES.includes(write.status);
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
      ...(write.keepReviewer ? {} : { reviewedBy: reviewed ? actor.name : null }),
      ...(write.source !== undefined ? withSourceHash({ source: write.source }) : {}),
      ...(write.engine !== undefined ? { engine: write.engine } : {}),
    },
  });
  if (updated.count === 0) return staleWrite(tx, write.id);
  const version = write.version + 1;
  await recordChange(tx, {
    action: write.action ?? defaultAction(before.status, write.status, before.target === write.target),
    actor,
    documentId: before.documentId,
    segmentId: write.id,
    engine: write.engine !== undefined ? write.engine : before.engine,
    ...(write.source !== undefined ? { oldSource: before.source, newSource: write.source } : {}),
    oldTarget: before.target,
    newTarget: write.target,
    oldStatus: before.status,
    newStatus: write.status,
    version,
    createdAt: updatedAt,
    ...(write.details !== undefined ? { details: write.details } : {}),
  });
  // A person's wording is kept as typed; only its "term-mismatch" flag follows the new text.
  // (Machine text is never rechecked here: that could bump the version the caller just got.)
  if (write.status !== "machine") await recheckSegmentTerms(tx, [write.id]);
  return {
    ok: true,
    segment: { id: write.id, target: write.target, status: write.status, version, updatedAt: updatedAt.toISOString() },
  };
}

function defaultAction(from: SegmentStatus, to: SegmentStatus, sameText: boolean): ChangeAction {
  if (to === "approved") return "approve";
  if (from === "approved" && sameText) return "unapprove";
  return "edit";
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
