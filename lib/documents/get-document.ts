import "server-only";
import { db } from "@/lib/db";
import { LIVE_DOCUMENT } from "./live-documents";
import { dialect } from "@/lib/db/queries/dialect";
import { reshapeDocument } from "./reshape-document";
import { MENTION_ROW_SELECT } from "@/lib/glossary/segment-marks";
import { listDocumentEntities } from "@/lib/glossary/list-document-entities";
import { translationQueue } from "@/lib/jobs/queue";
import type { DocumentView } from "./types";

export async function getDocument(id: string): Promise<DocumentView | null> {
  // Read first, so the view is at least as new as the sequence it reports (see readChangeSequence).
  const changeVersion = await dialect().readChangeSequence();
  // Glossary: segments bring their entity mentions, and the document its entity list.
  const [row, entities, failures] = await Promise.all([
    // A trashed document is not found here: the reader shows getTrashedDocument instead.
    db.document.findFirst({
      where: { id, ...LIVE_DOCUMENT },
      include: { segments: { orderBy: { position: "asc" }, include: { mentions: { select: MENTION_ROW_SELECT } } } },
    }),
    listDocumentEntities(id),
    translationQueue().listFailures(id),
  ]);
  const translationFailures = failures.map(({ segmentId, reason }) => ({ segmentId, reason }));
  return row ? reshapeDocument(row, row.segments, entities, translationFailures, changeVersion) : null;
}
