import "server-only";
// The start of every edit that joins a sentence with the one after it (merge, an English
// boundary move): the sentence, refusals that apply before anything else (gone, or its
// article still linking), and the sentence at the next position, if any.
import type { Tx } from "@/lib/db";
import type { Segment } from "@/lib/generated/prisma/client";
import { segmentNotFound, type OperationFailure } from "@/lib/operation-result";
import { isStillLinking, stillLinking } from "./still-linking";

export type PairWithNext = { ok: true; first: Segment; next: Segment | null };

export async function readPairWithNext(tx: Tx, id: string): Promise<PairWithNext | OperationFailure> {
  const first = await tx.segment.findUnique({ where: { id } });
  if (!first) return segmentNotFound();
  if (await isStillLinking(tx, first.documentId)) return stillLinking();
  const next = await tx.segment.findUnique({ where: { documentId_position: { documentId: first.documentId, position: first.position + 1 } } });
  return { ok: true, first, next };
}
