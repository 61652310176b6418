import "server-only";
// The reader's glossary panel: the entities of one document, how often it names each,
// and in how many other articles each appears.
import { db, type Db } from "@/lib/db";
import { renderingOf } from "./entry-fields";
import { countMentions } from "./count-mentions";
import type { DocumentEntity } from "./types";

export async function listDocumentEntities(documentId: string, client: Db = db): Promise<DocumentEntity[]> {
  const groups = await client.entityMention.groupBy({ by: ["entryId"], where: { documentId }, _count: { _all: true } });
  if (groups.length === 0) return [];
  const ids = groups.map((g) => g.entryId);
  const [entries, counts] = await Promise.all([
    client.glossaryEntry.findMany({ where: { id: { in: ids } }, select: { id: true, source: true, target: true, type: true, doNotTranslate: true } }),
    countMentions(ids, client),
  ]);
  const here = new Map(groups.map((g) => [g.entryId, g._count._all]));
  return entries
    .map((entry) => ({
      id: entry.id,
      source: entry.source,
      target: renderingOf(entry),
      type: entry.type,
      mentionCount: here.get(entry.id) ?? 0,
      otherDocumentCount: Math.max(0, (counts.get(entry.id)?.documentCount ?? 1) - 1),
    }))
    .sort((a, b) => b.mentionCount - a.mentionCount || a.source.localeCompare(b.source, "id"));
}
