import "server-only";
// "Retry" on a sentence whose translation failed: the queue owes it again with fresh
// attempts and the document is translating until the worker has tried.
import { db } from "@/lib/db";
import { translationQueue } from "@/lib/jobs/queue";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { failure, segmentNotFound, type OperationResult } from "@/lib/operation-result";

export async function retrySegmentTranslation(id: string): Promise<OperationResult<{ segmentId: string }>> {
  const segment = await db.segment.findUnique({ where: { id }, select: { documentId: true } });
  if (!segment) return segmentNotFound();
  if (!(await translationQueue().retry(id))) {
    return failure("version-conflict", "This sentence's translation has not failed, or it is already being retried.");
  }
  await db.document.update({ where: { id: segment.documentId }, data: { status: "translating" } });
  wakeWorker();
  return { ok: true, segmentId: id };
}
