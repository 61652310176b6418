import "server-only";
// Splits a sentence pair in two where segmentation went wrong: the person picks the cut
// in the Indonesian and in the English. The first half keeps the id and history; the
// second half is a new segment right after it, and later positions move down by one.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import type { SegmentStatus } from "@/lib/documents/types";
import { writeSegment } from "./conditional-write";
import { shiftPositionsAfter } from "./shift-positions";
import { recomputeDocumentEntitiesIn } from "@/lib/glossary/recompute-document-entities";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { HUMAN_ORIGIN, type SavedSegment } from "./types";

export type SplitInput = { id: string; version: number; sourceAt: number; targetAt: number };
export type SplitResult = { first: SavedSegment; second: SavedSegment; affectedSegmentIds: string[] };

export async function splitSegment(input: SplitInput): Promise<OperationResult<SplitResult>> {
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: input.id } });
    if (!segment) return segmentNotFound();
    const source = cut(segment.source, input.sourceAt);
    if (!source || source[0] === "" || source[1] === "") {
      return failure("invalid-input", "Choose a split point inside the Indonesian sentence, with text on both sides.");
    }
    const target = segment.target === null ? null : cut(segment.target, input.targetAt);
    if (segment.target !== null && !target) return failure("invalid-input", "The English split point is outside the translation.");
    // Pending text has no translation to keep; anything else was split by a person.
    const status: SegmentStatus = segment.status === "pending" ? "pending" : "edited";
    const first = await writeSegment(tx, { id: segment.id, version: input.version, target: target?.[0] ?? null, status });
    if (!first.ok) return first;
    await tx.segment.update({ where: { id: segment.id }, data: { source: source[0] } });
    await shiftPositionsAfter(tx, segment.documentId, segment.position, 1);
    const secondTarget = target?.[1] ?? null;
    const second = await tx.segment.create({
      data: {
        documentId: segment.documentId,
        paragraphIndex: segment.paragraphIndex,
        position: segment.position + 1,
        kind: segment.kind,
        source: source[1],
        target: secondTarget,
        status,
        engine: segment.engine,
        version: 1,
        revisions: { create: { target: secondTarget, status, origin: HUMAN_ORIGIN, version: 1 } },
      },
    });
    // Mentions are character offsets into the sources just changed: relink them atomically.
    await recomputeDocumentEntitiesIn(tx, segment.documentId);
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
