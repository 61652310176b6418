// The change log's promises, checked against the database after every step of the
// model-based test (lib/changes/change-log.model.test.ts):
//   1. every text a person saved is still in the log;
//   2. each segment's current state is the replay of its own log;
//   3. no change row is ever lost;
//   4. the document's counters (kept by triggers) match its segments.
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { Change } from "@/lib/generated/prisma/client";

export type SavedText = { segmentId: string; text: string };

export type LogModel = {
  documentId: string;
  /** Sources as ingested: a segment's state before its first change. */
  ingested: Map<string, string>;
  saved: SavedText[];
  seen: Set<string>;
};

type State = { source: string | null; target: string | null; status: string; version: number };

export async function checkInvariants(model: LogModel): Promise<void> {
  const changes = await db.change.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const ids = new Set(changes.map((c) => c.id));
  // 3. Rows are only ever added.
  for (const id of model.seen) expect(ids.has(id), `change ${id} was lost`).toBe(true);
  model.seen = ids;
  // 1. A person's saved text stays in the log, whatever later split, merged or reverted it.
  for (const saved of model.saved) {
    const kept = changes.some((c) => c.segmentId === saved.segmentId && c.actorKind === "person" && c.newTarget === saved.text);
    expect(kept, `saved text “${saved.text}” of ${saved.segmentId} is no longer in the log`).toBe(true);
  }
  // 2. Replay.
  const bySegment = new Map<string, Change[]>();
  for (const change of changes) if (change.segmentId !== null) bySegment.set(change.segmentId, [...(bySegment.get(change.segmentId) ?? []), change]);
  const segments = await db.segment.findMany({ where: { documentId: model.documentId }, select: { id: true, source: true, target: true, status: true, version: true } });
  for (const segment of segments) {
    const replayed = replay(model.ingested.get(segment.id) ?? null, bySegment.get(segment.id) ?? []);
    expect(replayed, `segment ${segment.id} differs from the replay of its log`).toEqual({
      source: segment.source, target: segment.target, status: segment.status, version: segment.version,
    });
  }
  await checkCounters(model.documentId);
}

async function checkCounters(documentId: string): Promise<void> {
  const [document, segments] = await Promise.all([
    db.document.findUnique({ where: { id: documentId }, select: { segmentCount: true, translatedCount: true, editedCount: true, approvedCount: true, flaggedCount: true } }),
    db.segment.findMany({ where: { documentId }, select: { status: true, flags: true } }),
  ]);
  if (!document) return; // purged: nothing left to count
  expect(document, "the document's counters drifted from its segments").toEqual({
    segmentCount: segments.length,
    translatedCount: segments.filter((s) => s.status !== "pending").length,
    editedCount: segments.filter((s) => s.status === "edited").length,
    approvedCount: segments.filter((s) => s.status === "approved").length,
    flaggedCount: segments.filter((s) => Array.isArray(s.flags) && s.flags.length > 0).length,
  });
}

/**
 * Applies a segment's rows in version order. Each row must start where the previous one
 * ended (its old text and status), except the row that created the segment (a split's
 * second half, a restored line), whose "old" side describes where it came from.
 */
function replay(ingestedSource: string | null, rows: readonly Change[]): State {
  const state: State = { source: ingestedSource, target: null, status: "pending", version: 0 };
  const ordered = [...rows].sort((a, b) => (a.version ?? 0) - (b.version ?? 0) || a.createdAt.getTime() - b.createdAt.getTime());
  ordered.forEach((row, i) => {
    const creates = i === 0 && ingestedSource === null;
    if (!creates) {
      expect({ target: row.oldTarget, status: row.oldStatus }, `change ${row.id} (${row.action}) does not start from the state before it`).toEqual({
        target: state.target,
        status: state.status,
      });
      expect(row.version, `change ${row.id} (${row.action}) skips a version`).toBe(state.version + 1);
    }
    if (row.newSource !== null) state.source = row.newSource;
    state.target = row.newTarget;
    state.status = row.newStatus ?? state.status;
    state.version = row.version ?? state.version;
  });
  return state;
}
