import "server-only";
// The other places in the corpus where the same Indonesian sentence occurs, so one
// correction can be offered to all of them.
import { db } from "@/lib/db";
import type { SegmentStatus } from "@/lib/documents/types";
import { segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { IN_LIVE_DOCUMENT } from "@/lib/documents/live-documents";
import { REVIEWED_STATUSES } from "./types";
import { textHash } from "@/lib/text/text-hash";

export type Repetition = {
  id: string;
  documentId: string;
  documentTitle: string;
  target: string | null;
  status: SegmentStatus;
  /** Edited or approved by a person: propagation leaves it alone. */
  reviewed: boolean;
};

export type Repetitions = { source: string; repetitions: Repetition[]; propagatable: number };

const MAX_LISTED = 200;

export async function findRepetitions(id: string): Promise<OperationResult<Repetitions>> {
  const segment = await db.segment.findUnique({ where: { id }, select: { source: true } });
  if (!segment) return segmentNotFound();
  const [rows, propagatable] = await Promise.all([
    db.segment.findMany({
      where: { sourceHash: textHash(segment.source), source: segment.source, id: { not: id }, ...IN_LIVE_DOCUMENT },
      orderBy: [{ document: { createdAt: "asc" } }, { position: "asc" }],
      take: MAX_LISTED,
      select: { id: true, documentId: true, target: true, status: true, document: { select: { title: true } } },
    }),
    db.segment.count({ where: { sourceHash: textHash(segment.source), source: segment.source, id: { not: id }, ...IN_LIVE_DOCUMENT, status: { notIn: [...REVIEWED_STATUSES] } } }),
  ]);
  return {
    ok: true,
    source: segment.source,
    propagatable,
    repetitions: rows.map((r) => ({
      id: r.id,
      documentId: r.documentId,
      documentTitle: r.document.title,
      target: r.target,
      status: r.status,
      reviewed: REVIEWED_STATUSES.includes(r.status),
    })),
  };
}
