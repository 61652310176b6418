import "server-only";
// One entry with its concordance: every mention across all documents, with the sentence
// it sits in and that sentence's translation, newest document first.
import { db } from "@/lib/db";
import { IN_LIVE_DOCUMENT } from "@/lib/documents/live-documents";
import { countMentions } from "./count-mentions";
import { NO_COUNTS, reshapeEntryDetail } from "./reshape-entry";
import type { GlossaryEntryDetail } from "./types";

/** A concordance this long is already more than anyone reads; the counts stay exact. */
export const MAX_CONCORDANCE = 1_000;

export async function getGlossaryEntry(id: string): Promise<GlossaryEntryDetail | null> {
  const row = await db.glossaryEntry.findUnique({ where: { id } });
  if (!row) return null;
  const [counts, mentions] = await Promise.all([
    countMentions([id]),
    db.entityMention.findMany({
      where: { entryId: id, ...IN_LIVE_DOCUMENT },
      orderBy: [{ document: { createdAt: "desc" } }, { segment: { position: "asc" } }, { start: "asc" }],
      take: MAX_CONCORDANCE,
      select: {
        documentId: true,
        segmentId: true,
        start: true,
        end: true,
        surface: true,
        document: { select: { title: true } },
        segment: { select: { source: true, target: true } },
      },
    }),
  ]);
  return reshapeEntryDetail(
    row,
    counts.get(id) ?? NO_COUNTS,
    mentions.map((m) => ({
      documentId: m.documentId,
      documentTitle: m.document.title,
      segmentId: m.segmentId,
      start: m.start,
      end: m.end,
      surface: m.surface,
      source: m.segment.source,
      target: m.segment.target,
    })),
  );
}
