import "server-only";
// Links the entity mentions of segments just added to a document (a restored line),
// leaving every other segment's mentions exactly as they are: relinking the whole
// document would move marks people have already checked. The whole document is the
// spotting context (a name seen mid-sentence elsewhere is still a name here).
import type { Tx } from "@/lib/db";
import { findEntities } from "@/lib/text/entities";
import { upsertEntries } from "./upsert-entries";
import { recheckSegmentTerms } from "./recheck-segment-terms";

export async function linkNewSegments(tx: Tx, documentId: string, segmentIds: readonly string[]): Promise<{ mentions: number }> {
  if (segmentIds.length === 0) return { mentions: 0 };
  const wanted = new Set(segmentIds);
  const segments = await tx.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, paragraphIndex: true, source: true } });
  const perSentence = findEntities(
    segments.map((segment, i) => ({ text: segment.source, paragraphStart: i === 0 || segments[i - 1]?.paragraphIndex !== segment.paragraphIndex })),
  );
  const fresh = segments.flatMap((segment, i) => (wanted.has(segment.id) ? (perSentence[i] ?? []).map((match) => ({ segment, match })) : []));
  const entryIds = await upsertEntries(tx, fresh.map((f) => f.match));
  const rows = fresh.flatMap(({ segment, match }) => {
    const entryId = entryIds.get(match.key);
    return entryId ? [{ entryId, documentId, segmentId: segment.id, start: match.start, end: match.end, surface: match.surface }] : [];
  });
  if (rows.length > 0) await tx.entityMention.createMany({ data: rows });
  await recheckSegmentTerms(tx, [...wanted]);
  return { mentions: rows.length };
}
