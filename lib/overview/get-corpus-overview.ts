import "server-only";
// Counts for the overview page, each from one grouped query.
import { db } from "@/lib/db";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/lib/documents/types";
import { renderingOf } from "@/lib/glossary/entry-fields";
import { IN_LIVE_DOCUMENT, LIVE_DOCUMENT } from "@/lib/documents/live-documents";
import { bucketDates } from "./bucket-dates";
import type { CorpusOverview, TopEntity } from "./types";

const TOP_ENTITIES = 10;

export async function getCorpusOverview(): Promise<CorpusOverview> {
  const [documents, byStatus, byEngine, topEntities] = await Promise.all([
    db.document.findMany({ where: LIVE_DOCUMENT, select: { createdAt: true } }),
    db.segment.groupBy({ by: ["status"], where: IN_LIVE_DOCUMENT, _count: { _all: true } }),
    db.segment.groupBy({ by: ["engine"], where: { ...IN_LIVE_DOCUMENT, status: { not: "pending" } }, _count: { _all: true } }),
    listTopEntities(),
  ]);
  const statusCounts = new Map(byStatus.map((row) => [row.status, row._count._all]));
  return {
    documents: documents.length,
    sentences: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    byStatus: SEGMENT_STATUSES.map((key: SegmentStatus) => ({ key, count: statusCounts.get(key) ?? 0 })),
    byEngine: byEngine.map((row) => ({ key: row.engine, count: row._count._all })).sort((a, b) => b.count - a.count),
    overTime: bucketDates(documents.map((d) => d.createdAt.toISOString())),
    topEntities,
  };
}

async function listTopEntities(): Promise<TopEntity[]> {
  const top = await db.entityMention.groupBy({
    by: ["entryId"],
    where: IN_LIVE_DOCUMENT,
    _count: { _all: true },
    orderBy: { _count: { entryId: "desc" } },
    take: TOP_ENTITIES,
  });
  if (top.length === 0) return [];
  const ids = top.map((row) => row.entryId);
  const [entries, spread] = await Promise.all([
    db.glossaryEntry.findMany({ where: { id: { in: ids } }, select: { id: true, source: true, target: true, type: true, doNotTranslate: true } }),
    db.entityMention.groupBy({ by: ["entryId", "documentId"], where: { ...IN_LIVE_DOCUMENT, entryId: { in: ids } } }),
  ]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return top.flatMap((row) => {
    const entry = byId.get(row.entryId);
    if (!entry) return [];
    return [{
      id: entry.id,
      source: entry.source,
      target: renderingOf(entry),
      type: entry.type,
      mentions: row._count._all,
      documents: spread.filter((s) => s.entryId === row.entryId).length,
    }];
  });
}
