import "server-only";
// The machine side of a learner's comparison: for each published pair of an article, the
// machine translation of its Indonesian and the engine that made it (a draft engine's
// output is labelled as a draft by the reader). `stale` marks a draft made from an
// Indonesian sentence that has since changed (a split or a merge).
import { db } from "@/lib/db";

export type ComparisonDraftView = { segmentId: string; target: string; engine: string; stale: boolean };
export type ComparisonView = { requested: boolean; pairs: number; drafts: ComparisonDraftView[] };

export async function getComparison(documentId: string): Promise<ComparisonView | null> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { deletedAt: true, comparisonRequestedAt: true } });
  if (!document || document.deletedAt) return null;
  const segments = await db.segment.findMany({
    where: { documentId, engine: "aligned", source: { not: "" } },
    select: { id: true, source: true, comparison: { select: { target: true, engine: true, source: true } } },
    orderBy: { position: "asc" },
  });
  const drafts = segments.flatMap((s) => (s.comparison ? [{ segmentId: s.id, target: s.comparison.target, engine: s.comparison.engine, stale: s.comparison.source !== s.source }] : []));
  return { requested: document.comparisonRequestedAt !== null, pairs: segments.length, drafts };
}
