import "server-only";
// The sentences behind claimed work, split into those still owed and those whose
// state moved on since the work was owed (edited by a person, deleted, retranslated
// by another path): the latter are completed without running the engine.
import { db } from "@/lib/db";
import type { SegmentStatus } from "@/lib/generated/prisma/enums";
import type { TranslationWork } from "./queue";

export type ClaimedSegment = {
  work: TranslationWork;
  segment: { id: string; source: string; version: number; documentId: string; target: string | null; status: SegmentStatus };
};

export async function readClaimedSegments(work: readonly TranslationWork[]): Promise<{ live: ClaimedSegment[]; stale: TranslationWork[] }> {
  const rows = await db.segment.findMany({
    where: { id: { in: work.map((w) => w.segmentId) } },
    select: { id: true, source: true, version: true, documentId: true, target: true, status: true, engine: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const live: ClaimedSegment[] = [];
  const stale: TranslationWork[] = [];
  for (const item of work) {
    const row = byId.get(item.segmentId);
    const owed =
      row &&
      (item.kind === "translate"
        ? row.status === "pending"
        : item.kind === "compare"
          ? row.engine === "aligned" && row.source !== ""
          : row.status === "machine" && (row.engine ?? "").startsWith("draft:"));
    if (row && owed) {
      const { engine: _engine, ...segment } = row;
      live.push({ work: item, segment });
    } else {
      stale.push(item);
    }
  }
  return { live, stale };
}
