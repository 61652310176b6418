import "server-only";
// Every revision of a segment, newest first, with who or what wrote it: the history panel
// diffs any two of them and can revert to one.
import { db } from "@/lib/db";
import type { SegmentStatus } from "@/lib/documents/types";
import { segmentNotFound, type OperationResult } from "@/lib/operation-result";
import type { RevisionView } from "./types";

export type SegmentHistory = {
  segment: { id: string; source: string; target: string | null; status: SegmentStatus; version: number };
  revisions: RevisionView[];
};

export async function listSegmentHistory(id: string): Promise<OperationResult<SegmentHistory>> {
  const row = await db.segment.findUnique({
    where: { id },
    select: {
      id: true,
      source: true,
      target: true,
      status: true,
      version: true,
      revisions: { orderBy: [{ version: "desc" }, { createdAt: "desc" }] },
    },
  });
  if (!row) return segmentNotFound();
  return {
    ok: true,
    segment: { id: row.id, source: row.source, target: row.target, status: row.status as SegmentStatus, version: row.version },
    revisions: row.revisions.map((r) => ({
      id: r.id,
      target: r.target,
      status: r.status as SegmentStatus,
      origin: r.origin,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
