import "server-only";
// Translation memory at ingest: a new sentence whose Indonesian exactly matches one a
// person already edited or approved reuses that translation instead of going to the
// engine. Runs right after the document is stored and before the worker is woken.
import { db, type Db, type Tx } from "@/lib/db";
import { MEMORY_ENGINE, REVIEWED_STATUSES } from "./types";

// Keeps each IN (...) list well under SQLite's bound-parameter limit.
const CHUNK = 500;

/** Fills the document's pending sentences from memory; returns how many were filled. */
export async function applyTranslationMemory(documentId: string, client: Db | Tx = db): Promise<number> {
  const pending = await client.segment.findMany({
    where: { documentId, status: "pending" },
    select: { id: true, source: true, version: true },
  });
  if (pending.length === 0) return 0;
  const memory = await lookUpMemory(client, documentId, [...new Set(pending.map((s) => s.source))]);
  let filled = 0;
  for (const segment of pending) {
    const target = memory.get(segment.source);
    if (target === undefined) continue;
    // Conditional on "still pending at this version", like the worker: whoever writes
    // first wins and the other leaves the sentence alone.
    const updated = await client.segment.updateMany({
      where: { id: segment.id, version: segment.version, status: "pending" },
      data: { target, status: "edited", engine: MEMORY_ENGINE, version: { increment: 1 } },
    });
    if (updated.count === 0) continue;
    filled += 1;
    await client.segmentRevision.create({
      data: { segmentId: segment.id, target, status: "edited", origin: MEMORY_ENGINE, version: segment.version + 1 },
    });
  }
  if (filled > 0 && (await client.segment.count({ where: { documentId, status: "pending" } })) === 0) {
    // Nothing is left for the worker, which only marks documents ready after a batch.
    await client.document.update({ where: { id: documentId }, data: { status: "ready", engine: MEMORY_ENGINE } });
  }
  return filled;
}

/** Source → the best reviewed translation: approved before edited, then the newest. */
async function lookUpMemory(client: Db | Tx, documentId: string, sources: string[]): Promise<Map<string, string>> {
  const memory = new Map<string, { target: string; rank: number; at: number }>();
  for (let i = 0; i < sources.length; i += CHUNK) {
    const rows = await client.segment.findMany({
      where: { source: { in: sources.slice(i, i + CHUNK) }, status: { in: [...REVIEWED_STATUSES] }, documentId: { not: documentId }, target: { not: null } },
      select: { source: true, target: true, status: true, updatedAt: true },
    });
    for (const row of rows) {
      if (row.target === null || row.target.trim() === "") continue;
      const candidate = { target: row.target, rank: row.status === "approved" ? 1 : 0, at: row.updatedAt.getTime() };
      const best = memory.get(row.source);
      if (!best || candidate.rank > best.rank || (candidate.rank === best.rank && candidate.at > best.at)) memory.set(row.source, candidate);
    }
  }
  return new Map([...memory].map(([source, best]) => [source, best.target]));
}
