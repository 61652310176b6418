import "server-only";
// Joins a sentence pair with the next one where segmentation cut a sentence in two. The
// merged segment keeps the first's id; the second's row goes, but its change-log entries
// stay readable (the log has no cascade) and gain a final "merge" entry naming the
// survivor. Both versions are checked, so a merge never swallows a concurrent edit.
// A merge changes structure, not review state: the result is only as reviewed as the
// less reviewed of the two halves.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import type { SegmentStatus } from "@/lib/documents/types";
import { writeSegment } from "./conditional-write";
import { shiftPositionsAfter } from "./shift-positions";
import { mentionedEntryIds, relinkSegments } from "@/lib/glossary/relink-segments";
import { failure, type OperationResult } from "@/lib/operation-result";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";
import type { SavedSegment } from "./types";

import { readPairWithNext } from "./read-pair-with-next";

export type MergeInput = { id: string; version: number; nextVersion: number; actor?: Actor };
export type MergeResult = { segment: SavedSegment & { source: string }; removedId: string; affectedSegmentIds: string[] };

// A published reference is vouched for by its publisher, not by a person here: above drafts, below review.
const REVIEW_ORDER: readonly SegmentStatus[] = ["pending", "machine", "memory", "reference", "edited", "approved"];

export async function mergeSegments(input: MergeInput): Promise<OperationResult<MergeResult>> {
  const actor = input.actor ?? HUMAN;
  return db.$transaction(async (tx) => {
    const pair = await readPairWithNext(tx, input.id);
    if (!pair.ok) return pair;
    const { first, next } = pair;
    if (!next) return failure("invalid-input", "This is the last sentence: there is nothing after it to merge with.");
    if (next.kind !== first.kind) return failure("invalid-input", "The title cannot be merged with body text.");
    if (next.version !== input.nextVersion) {
      return failure("version-conflict", "The next sentence was changed by someone else; reload it before merging.", {
        current: { target: next.target, status: next.status, version: next.version, origin: null, updatedAt: next.updatedAt.toISOString() },
      });
    }
    const status = lessReviewed(first.status, next.status);
    const source = join(first.source, next.source) ?? "";
    const target = join(first.target, next.target);
    const engine = status === next.status && status !== first.status ? next.engine : first.engine;
    const written = await writeSegment(tx, {
      id: first.id, version: input.version, target, source, status, engine,
      action: "merge", actor, keepReviewer: true, details: { merged: next.id },
    });
    if (!written.ok) return written;
    await recordChange(tx, {
      action: "merge", actor, documentId: next.documentId, segmentId: next.id, engine: next.engine,
      oldSource: next.source, newSource: null, oldTarget: next.target, newTarget: null,
      oldStatus: next.status, newStatus: null, version: next.version + 1, details: { into: first.id },
    });
    const dropped = await mentionedEntryIds(tx, [next.id]);
    await tx.segment.delete({ where: { id: next.id } });
    await shiftPositionsAfter(tx, first.documentId, next.position, -1);
    // Mentions are character offsets into the source just changed: relink it atomically.
    await relinkSegments(tx, first.documentId, [first.id], dropped);
    return { ok: true, segment: { ...written.segment, source }, removedId: next.id, affectedSegmentIds: [first.id] };
  }, WRITE_TRANSACTION);
}

function lessReviewed(a: SegmentStatus, b: SegmentStatus): SegmentStatus {
  return REVIEW_ORDER.indexOf(a) <= REVIEW_ORDER.indexOf(b) ? a : b;
}

function join(a: string | null, b: string | null): string | null {
  const parts = [a, b].map((p) => p?.trim() ?? "").filter((p) => p !== "");
  return parts.length === 0 ? (a === null && b === null ? null : "") : parts.join(" ");
}
