import "server-only";
// A segment's history, newest first, read from the change log: the history panel diffs
// any two entries and can revert to one. Entries outlive merges and deletions.
import { db } from "@/lib/db";
import type { SegmentStatus } from "@/lib/documents/types";
import { segmentNotFound, type OperationResult } from "@/lib/operation-result";
import { reshapeChange } from "@/lib/changes/reshape-change";
import type { HistoryEntry } from "./types";

export type SegmentHistory = {
  /** Null for a segment merged away (or purged): its log is still readable. */
  segment: { id: string; source: string; target: string | null; status: SegmentStatus; version: number } | null;
  revisions: HistoryEntry[];
};

export async function listSegmentHistory(id: string): Promise<OperationResult<SegmentHistory>> {
  const segment = await db.segment.findUnique({ where: { id }, select: { id: true, source: true, target: true, status: true, version: true } });
  const rows = await db.change.findMany({ where: { segmentId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 });
  if (!segment && rows.length === 0) return segmentNotFound();
  return { ok: true, segment, revisions: rows.map(reshapeChange) };
}
