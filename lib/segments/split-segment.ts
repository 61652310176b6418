import "server-only";
// Splits a sentence pair in two where segmentation went wrong: the person picks the cut
// in the Indonesian and in the English. The first half keeps the id and history; the
// second half is a new segment right after it, and later positions move down by one.
// A split changes structure, not review state: both halves keep the status, engine and
// reviewer the sentence had, so a split draft gives two drafts.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import { writeSegment } from "./conditional-write";
import { shiftPositionsAfter } from "./shift-positions";
import { relinkSegments } from "@/lib/glossary/relink-segments";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";
import type { SavedSegment } from "./types";
import { isStillLinking, stillLinking } from "./still-linking";
import { withSourceHash } from "@/lib/text/text-hash";

export type SplitInput = { id: string; version: number; sourceAt: number; targetAt: number; actor?: Actor };
export type SplitResult = { first: SavedSegment; second: SavedSegment; affectedSegmentIds: string[] };

export async function splitSegment(input: SplitInput): Promise<OperationResult<SplitResult>> {
  const actor = input.actor ?? HUMAN;
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: input.id } });
    if (!segment) return segmentNotFound();
    if (await isStillLinking(tx, segment.documentId)) return stillLinking();
    const source = cut(segment.source, input.sourceAt);
    if (!source || source[0] === "" || source[1] === "") {
      return failure("invalid-input", "Choose a split point inside the Indonesian sentence, with text on both sides.");
    }
    const target = segment.target === null ? null : cut(segment.target, input.targetAt);
    if (segment.target !== null && !target) return failure("invalid-input", "The English split point is outside the translation.");
    const status = segment.status;
    const first = await writeSegment(tx, {
      id: segment.id, version: input.version, target: target?.[0] ?? null, source: source[0], status,
      action: "split", actor, keepReviewer: true,
    });
    if (!first.ok) return first;
    await shiftPositionsAfter(tx, segment.documentId, segment.position, 1);
    const secondTarget = target?.[1] ?? null;
    const second = await tx.segment.create({
      data: withSourceHash({
        documentId: segment.documentId, paragraphIndex: segment.paragraphIndex, position: segment.position + 1,
        kind: segment.kind, source: source[1], target: secondTarget, status, engine: segment.engine,
        reviewedBy: segment.reviewedBy, flags: segment.flags ?? [], version: 1,
      }),
    });
    await recordChange(tx, {
      action: "split", actor, documentId: segment.documentId, segmentId: second.id, engine: segment.engine,
      oldSource: segment.source, newSource: source[1], oldTarget: segment.target, newTarget: secondTarget,
      oldStatus: status, newStatus: status, version: 1, details: { from: segment.id },
    });
    // Mentions are character offsets into the sources just changed: relink both halves atomically.
    await relinkSegments(tx, segment.documentId, [segment.id, second.id]);
    return {
      ok: true,
      first: first.segment,
      second: { id: second.id, target: secondTarget, status, version: 1, updatedAt: second.updatedAt.toISOString() },
      affectedSegmentIds: [segment.id, second.id],
    };
  }, WRITE_TRANSACTION);
}

/** Both halves, trimmed; null when the cut is outside the text. */
function cut(text: string, at: number): [string, string] | null {
  if (!Number.isInteger(at) || at < 0 || at > text.length) return null;
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}
