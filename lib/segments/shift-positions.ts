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
