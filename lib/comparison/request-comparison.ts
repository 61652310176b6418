import "server-only";
// A learner asks for the machine translation of an article's published pairs, to read
// beside the published English. Owed to the translation worker as low-priority work
// (the queue's "compare" kind); the published English stays the pairs' target.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { translationQueue } from "@/lib/jobs/queue";
import { failure, type OperationResult } from "@/lib/operation-result";
import type { Tx } from "@/lib/db";

export async function requestComparison(documentId: string): Promise<OperationResult<{ queued: number }>> {
  const result = await db.$transaction((tx) => requestComparisonIn(tx, documentId), WRITE_TRANSACTION);
  if (result.ok && result.queued > 0) wakeWorker();
  return result;
}

/** Inside a transaction (ingest's own, for its "compare" option); the caller wakes the worker. */
export async function requestComparisonIn(tx: Tx, documentId: string): Promise<OperationResult<{ queued: number }>> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { deletedAt: true } });
  if (!document || document.deletedAt) return failure("not-found", "No document with that id.");
  const pairs = await tx.segment.count({ where: { documentId, engine: "aligned", source: { not: "" } } });
  if (pairs === 0) return failure("invalid-input", "This article has no published English to compare with: it was not ingested with its translation.");
  await tx.document.update({ where: { id: documentId }, data: { comparisonRequestedAt: new Date() } });
  return { ok: true as const, queued: await translationQueue().enqueueComparison(tx, documentId) };
}
