import "server-only";
// What the reader's live poll needs: the sentences changed after its last answer, and the
// document's status and progress, instead of the whole document every 1.5 s. The client
// fetches the whole document again when the sentence count changed (a split, a merge, a
// restore) or a changed sentence is new to it, since a delta cannot say what was removed.
import { db } from "@/lib/db";
import { dialect } from "@/lib/db/queries/dialect";
import { translationQueue } from "@/lib/jobs/queue";
import { MENTION_ROW_SELECT } from "@/lib/glossary/segment-marks";
import { LIVE_DOCUMENT } from "./live-documents";
import { reshapeSegment } from "./reshape-document";
import type { DocumentChanges } from "./types";

export async function getDocumentChanges(id: string, since: number): Promise<DocumentChanges | null> {
  const changeVersion = await dialect().readChangeSequence();
  const document = await db.document.findFirst({ where: { id, ...LIVE_DOCUMENT }, select: { id: true, status: true, engine: true, engineNote: true, segmentCount: true, translatedCount: true, linkingFrom: true } });
  if (!document) return null;
  // Failures live in the queue, not on the sentence, so they come whole (a handful at most).
  // Counts come from the document's own counters (kept by triggers), not a scan per poll.
  const { segmentCount: total, translatedCount: translated, linkingFrom, ...summary } = document;
  const [rows, failures] = await Promise.all([
    db.segment.findMany({
      where: { documentId: id, changeSeq: { gt: since } },
      orderBy: { position: "asc" },
      include: { mentions: { select: MENTION_ROW_SELECT } },
    }),
    translationQueue().listFailures(id),
  ]);
  return {
    ...summary,
    changeVersion,
    progress: { translated, total, ...(linkingFrom !== null ? { linking: linkingFrom } : {}) },
    translationFailures: failures.map(({ segmentId, reason }) => ({ segmentId, reason })),
    segments: rows.map((row) => ({ paragraphIndex: row.paragraphIndex, ...reshapeSegment(row) })),
  };
}
