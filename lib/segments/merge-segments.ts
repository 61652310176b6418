import "server-only";
// Joins a sentence pair with the next one where segmentation cut a sentence in two. The
// merged segment keeps the first's id and history; the second is removed (its revisions
// with it) and later positions move up by one. Both versions are checked, so a merge
// never swallows an edit someone made to either half in the meantime.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import type { SegmentStatus } from "@/lib/documents/types";
import { writeSegment } from "./conditional-write";
import { shiftPositionsAfter } from "./shift-positions";
import { recomputeDocumentEntitiesIn } from "@/lib/glossary/recompute-document-entities";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";
import type { SavedSegment } from "./types";

export type MergeInput = { id: string; version: number; nextVersion: number };
export type MergeResult = { segment: SavedSegment & { source: string }; removedId: string; affectedSegmentIds: string[] };

export async function mergeSegments(input: MergeInput): Promise<OperationResult<MergeResult>> {
  return db.$transaction(async (tx) => {
    const first = await tx.segment.findUnique({ where: { id: input.id } });
    if (!first) return segmentNotFound();
    const next = await tx.segment.findUnique({ where: { documentId_position: { documentId: first.documentId, position: first.position + 1 } } });
    if (!next) return failure("invalid-input", "This is the last sentence: there is nothing after it to merge with.");
    if (next.kind !== first.kind) return failure("invalid-input", "The title cannot be merged with body text.");
    if (next.version !== input.nextVersion) {
      return failure("version-conflict", "The next sentence was changed by someone else; reload it before merging.", {
        current: { target: next.target, status: next.status, version: next.version, origin: null, updatedAt: next.updatedAt.toISOString() },
      });
    }
    const bothPending = first.status === "pending" && next.status === "pending";
    const status: SegmentStatus = bothPending ? "pending" : "edited";
    const target = bothPending ? null : join(first.target, next.target);
    const written = await writeSegment(tx, { id: first.id, version: input.version, target, status });
    if (!written.ok) return written;
    const source = join(first.source, next.source) ?? "";
    await tx.segment.update({ where: { id: first.id }, data: { source } });
    await tx.segment.delete({ where: { id: next.id } });
    await shiftPositionsAfter(tx, first.documentId, next.position, -1);
    // Mentions are character offsets into the sources just changed: relink them atomically.
    await recomputeDocumentEntitiesIn(tx, first.documentId);
    return { ok: true, segment: { ...written.segment, source }, removedId: next.id, affectedSegmentIds: [first.id] };
  }, WRITE_TRANSACTION);
}

function join(a: string | null, b: string | null): string | null {
  const parts = [a, b].map((p) => p?.trim() ?? "").filter((p) => p !== "");
  return parts.length === 0 ? (a === null && b === null ? null : "") : parts.join(" ");
}
