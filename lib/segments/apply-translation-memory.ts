import "server-only";
// Translation memory at ingest: a new sentence whose Indonesian exactly matches one a
// person edited or approved reuses that translation instead of going to the engine.
// The copy is stored as "memory" (not reviewed): it is not counted as checked, not
// exported as checked, and does not seed further memory until a person confirms it.
import { db, type Db, type Tx } from "@/lib/db";
import { engineActor } from "@/lib/changes/actor";
import { recordChanges, type ChangeInput } from "@/lib/changes/record-change";
import { lookUpImportedUnits } from "@/lib/memory/look-up-imported-units";
import { memorySourceKey } from "@/lib/text/memory-unit";
import { MEMORY_ENGINE, REVIEWED_STATUSES } from "./types";
import { textHash } from "@/lib/text/text-hash";

type Fill = { target: string; engine: string; details: { fromSegment: string } | { fromImport: string; unit: number } };

// Keeps each IN (...) list well under SQLite's bound-parameter limit.
const CHUNK = 500;

/**
 * Fills the document's pending sentences from memory (or only those named, for a long
 * article linked in batches); returns how many were filled.
 */
export async function applyTranslationMemory(documentId: string, client: Db | Tx = db, segmentIds?: readonly string[]): Promise<number> {
  const pending = await client.segment.findMany({
    where: { documentId, status: "pending", ...(segmentIds ? { id: { in: [...segmentIds] } } : {}) },
    select: { id: true, source: true, target: true, version: true },
  });
  if (pending.length === 0) return 0;
  const fills = await lookUpFills(client, documentId, [...new Set(pending.map((s) => s.source))]);
  const changes: ChangeInput[] = [];
  for (const segment of pending) {
    const found = fills.get(segment.source);
    if (found === undefined) continue;
    // Conditional on "still pending at this version", like the worker: whoever writes
    // first wins and the other leaves the sentence alone.
    const updated = await client.segment.updateMany({
      where: { id: segment.id, version: segment.version, status: "pending" },
      data: { target: found.target, status: "memory", engine: found.engine, reviewedBy: null, version: { increment: 1 } },
    });
    if (updated.count === 0) continue;
    changes.push({
      action: "memory", actor: engineActor(found.engine), documentId, segmentId: segment.id, engine: found.engine,
      oldTarget: segment.target, newTarget: found.target, oldStatus: "pending", newStatus: "memory", version: segment.version + 1,
      details: found.details,
    });
  }
  await recordChanges(client, changes);
  const linked = (await client.document.findUnique({ where: { id: documentId }, select: { linkingFrom: true } }))?.linkingFrom === null;
  if (changes.length > 0 && linked && (await client.segment.count({ where: { documentId, status: "pending" } })) === 0) {
    // Nothing is left for the worker, which only marks documents ready after a batch.
    await client.document.update({ where: { id: documentId }, data: { status: "ready", engine: MEMORY_ENGINE } });
  }
  return changes.length;
}

/** Reviewed sentences of the corpus first; imported units for the sources they miss. */
async function lookUpFills(client: Db | Tx, documentId: string, sources: string[]): Promise<Map<string, Fill>> {
  const fills = new Map<string, Fill>();
  for (const [source, hit] of await lookUpMemory(client, documentId, sources)) {
    fills.set(source, { target: hit.target, engine: MEMORY_ENGINE, details: { fromSegment: hit.segmentId } });
  }
  const missing = sources.filter((source) => !fills.has(source));
  if (missing.length === 0) return fills;
  const imported = await lookUpImportedUnits(client, missing);
  for (const source of missing) {
    const hit = imported.get(memorySourceKey(source));
    if (hit) fills.set(source, { target: hit.target, engine: hit.origin, details: { fromImport: hit.importId, unit: hit.unitId } });
  }
  return fills;
}

type MemoryHit = { target: string; segmentId: string; rank: number; at: number };

/** Source → the best reviewed translation: approved before edited, then the newest. */
async function lookUpMemory(client: Db | Tx, documentId: string, sources: string[]): Promise<Map<string, MemoryHit>> {
  const memory = new Map<string, MemoryHit>();
  for (let i = 0; i < sources.length; i += CHUNK) {
    const chunk = sources.slice(i, i + CHUNK);
    const rows = await client.segment.findMany({
      where: {
        // Found through the hash index, then compared in full (lib/text/text-hash.ts).
        sourceHash: { in: chunk.map(textHash) },
        source: { in: chunk },
        status: { in: [...REVIEWED_STATUSES] },
        documentId: { not: documentId },
        document: { deletedAt: null },
        target: { not: null },
      },
      select: { id: true, source: true, target: true, status: true, updatedAt: true },
    });
    for (const row of rows) {
      if (row.target === null || row.target.trim() === "") continue;
      const candidate = { target: row.target, segmentId: row.id, rank: row.status === "approved" ? 1 : 0, at: row.updatedAt.getTime() };
      const best = memory.get(row.source);
      if (!best || candidate.rank > best.rank || (candidate.rank === best.rank && candidate.at > best.at)) memory.set(row.source, candidate);
    }
  }
  return memory;
}
