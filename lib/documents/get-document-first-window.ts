import "server-only";
// The reader page's read: the document, the first window of its paragraphs and the
// whole article's figures from aggregate queries, so a 20,000-sentence article's first
// paint does not wait for all its segments to be read and reshaped. The browser fetches
// the whole document as JSON after the first paint (GET /api/documents/:id).
import { db } from "@/lib/db";
import { LIVE_DOCUMENT } from "./live-documents";
import { dialect } from "@/lib/db/queries/dialect";
import { reshapeDocument } from "./reshape-document";
import { MENTION_ROW_SELECT } from "@/lib/glossary/segment-marks";
import { listDocumentEntities } from "@/lib/glossary/list-document-entities";
import { translationQueue } from "@/lib/jobs/queue";
import { firstWindowCut, outlineOf, type DocumentOutline, type ParagraphTally } from "./first-window";
import { FIRST_WINDOW_SENTENCES } from "./paragraph-window";
import type { DocumentView } from "./types";

export type FirstWindow = { view: DocumentView; outline: DocumentOutline | null };

export async function getDocumentFirstWindow(id: string, budget = FIRST_WINDOW_SENTENCES): Promise<FirstWindow | null> {
  // Read first, so the view is at least as new as the sequence it reports (see readChangeSequence).
  const changeVersion = await dialect().readChangeSequence();
  const row = await db.document.findFirst({ where: { id, ...LIVE_DOCUMENT } });
  if (!row) return null;
  const [tallies, drafts, entities, failures] = await Promise.all([
    db.segment.groupBy({ by: ["paragraphIndex", "kind", "status"], where: { documentId: id }, _count: { _all: true }, orderBy: { paragraphIndex: "asc" } }),
    db.segment.count({ where: { documentId: id, status: "machine", engine: { startsWith: "draft:" } } }),
    listDocumentEntities(id),
    translationQueue().listFailures(id),
  ]);
  const paragraphs: ParagraphTally[] = tallies.map((t) => ({ index: t.paragraphIndex, kind: t.kind, status: t.status, count: t._count._all }));
  const cut = firstWindowCut(paragraphs, budget);
  const segments = await db.segment.findMany({
    where: { documentId: id, ...(cut === null ? {} : { paragraphIndex: { lt: cut } }) },
    orderBy: { position: "asc" },
    include: { mentions: { select: MENTION_ROW_SELECT } },
  });
  const translationFailures = failures.map(({ segmentId, reason }) => ({ segmentId, reason }));
  const view = reshapeDocument(row, segments, entities, translationFailures, changeVersion);
  if (cut === null) return { view, outline: null };
  const outline = outlineOf(paragraphs, drafts);
  // The progress bar speaks for the whole article, not for the window.
  return { view: { ...view, progress: outline.progress }, outline: { counts: outline.counts, draftCount: outline.draftCount } };
}
