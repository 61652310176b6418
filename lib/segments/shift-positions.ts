import "server-only";
// Moves every segment after a position by `delta` without tripping the unique
// (documentId, position) index: SQLite checks it row by row during an UPDATE, so the
// rows first jump far past the end and then come back to their new places.
import type { Tx } from "@/lib/db";

const PARKING_OFFSET = 1_000_000_000;

export async function shiftPositionsAfter(tx: Tx, documentId: string, after: number, delta: number): Promise<void> {
  await tx.segment.updateMany({
    where: { documentId, position: { gt: after } },
    data: { position: { increment: PARKING_OFFSET } },
  });
  await tx.segment.updateMany({
    where: { documentId, position: { gt: after + PARKING_OFFSET } },
    data: { position: { increment: delta - PARKING_OFFSET } },
  });
}

/**
 * Mentions point at character offsets in a segment's source, which a split or merge
 * invalidates, so they are removed here.
 * TODO(glossary): recompute mentions for `segmentIds` once the glossary work exposes a
 * per-segment recompute; until then the glossary shows none for these sentences.
 */
export async function dropMentions(tx: Tx, segmentIds: readonly string[]): Promise<void> {
  await tx.entityMention.deleteMany({ where: { segmentId: { in: [...segmentIds] } } });
}
