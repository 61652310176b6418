import "server-only";
// The write of comparison drafts: a machine translation of a published pair's Indonesian,
// kept in ComparisonDraft beside the pair. The pair's English, status and history are not
// touched, so a reference or a person's correction can never be overwritten, and no
// change-log row is written: nothing about the pair changed.
import type { Tx } from "@/lib/db";

export type ComparisonResult = { segmentId: string; source: string; target: string; engineId: string };

export async function storeComparisonDrafts(tx: Tx, results: readonly ComparisonResult[]): Promise<number> {
  for (const { segmentId, source, target, engineId } of results) {
    await tx.comparisonDraft.upsert({
      where: { segmentId },
      create: { segmentId, source, target, engine: engineId },
      update: { source, target, engine: engineId, createdAt: new Date() },
    });
  }
  return results.length;
}
