import "server-only";
// "Restore" on a line the cleaner removed: the article is prepared again from its raw
// original with that line kept, and the segment list is rebuilt in place. Sentences
// that were already there keep their translation, status, version and history; only
// the restored sentences are new (pending), so the worker translates just those.
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { prepareArticle, type PreparedSegment } from "@/lib/ingest/prepare-article";
import { recomputeDocumentEntitiesIn } from "@/lib/glossary/recompute-document-entities";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { parseReport } from "./reshape-document";

const PARKING_OFFSET = 1_000_000_000;

export async function restoreRemovedLine(documentId: string, line: string): Promise<{ added: number }> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { rawText: true, title: true, report: true } });
  if (!document) throw new AppError("not-found", "No document with that id.");
  const report = parseReport(document.report);
  if (!report.removed.some((removed) => removed.line === line)) {
    throw new AppError("invalid-input", "That line was not removed from this document.");
  }
  const keepLines = [...(report.restored ?? []), line];
  const article = prepareArticle({ text: document.rawText, title: document.title, keepLines });
  const added = await db.$transaction(
    async (tx) => {
      const count = await rebuildSegments(tx, documentId, article.segments);
      await tx.document.update({
        where: { id: documentId },
        data: { report: JSON.stringify({ ...article.report, restored: keepLines }), ...(count > 0 ? { status: "translating" } : {}) },
      });
      await recomputeDocumentEntitiesIn(tx, documentId);
      return count;
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
  wakeWorker();
  return { added };
}

/** Reuses old segments in order for identical sentences; creates the rest. */
async function rebuildSegments(tx: Tx, documentId: string, wanted: readonly PreparedSegment[]): Promise<number> {
  const existing = await tx.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, source: true, kind: true } });
  await tx.segment.updateMany({ where: { documentId }, data: { position: { increment: PARKING_OFFSET } } });
  const unused = [...existing];
  let added = 0;
  for (const segment of wanted) {
    const index = unused.findIndex((old) => old.source === segment.source && old.kind === segment.kind);
    if (index >= 0) {
      const [old] = unused.splice(index, 1);
      await tx.segment.update({ where: { id: old!.id }, data: { position: segment.position, paragraphIndex: segment.paragraphIndex } });
    } else {
      await tx.segment.create({ data: { ...segment, documentId } });
      added += 1;
    }
  }
  // Restoring only ever adds lines, but keep the document consistent if cleaning changed.
  if (unused.length > 0) await tx.segment.deleteMany({ where: { id: { in: unused.map((s) => s.id) } } });
  return added;
}
