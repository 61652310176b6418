import "server-only";
// Everything the editor page needs in one read: the document's segments in order, with
// their check flags and glossary mentions (empty until the glossary work fills them).
import { db } from "@/lib/db";
import type { SegmentKind, SegmentStatus } from "@/lib/documents/types";
import type { EditorDocument, EditorSegment } from "./editor-types";
import { LIVE_DOCUMENT } from "@/lib/documents/live-documents";
import { parseStringList } from "@/lib/text/string-list";
import { translationQueue } from "@/lib/jobs/queue";

export async function getEditorDocument(id: string): Promise<EditorDocument | null> {
  const row = await db.document.findFirst({
    where: { id, ...LIVE_DOCUMENT },
    select: {
      id: true,
      title: true,
      status: true,
      segments: {
        orderBy: { position: "asc" },
        include: {
          mentions: {
            orderBy: { start: "asc" },
            select: { surface: true, start: true, end: true, entry: { select: { source: true, target: true, doNotTranslate: true, type: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const failures = await translationQueue().listFailures(id);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    segments: row.segments.map(
      (s): EditorSegment => ({
        id: s.id,
        position: s.position,
        paragraphIndex: s.paragraphIndex,
        kind: s.kind,
        source: s.source,
        target: s.target,
        status: s.status,
        engine: s.engine,
        version: s.version,
        flags: parseStringList(s.flags),
        mentions: s.mentions,
      }),
    ),
    translationFailures: failures.map(({ segmentId, reason }) => ({ segmentId, reason })),
  };
}
