import "server-only";
// Relinks the names of the segments a split or merge just changed, and only those: their
// mentions are character offsets into sources that moved. Relinking the whole document
// rewrote every mention of a 20,000-sentence article inside the save's transaction
// (28–41 s holding SQLite's write lock for one split). Entries left with no mention at
// all (in this segment or a removed one) go, as they do after a full recompute.
import type { Tx } from "@/lib/db";
import { linkNewSegments } from "./link-new-segments";
import { pruneUnusedEntries } from "./prune-unused-entries";

/** The entries the given segments mention; read before a segment is deleted (its mentions cascade). */
export async function mentionedEntryIds(tx: Tx, segmentIds: readonly string[]): Promise<string[]> {
  const rows = await tx.entityMention.findMany({ where: { segmentId: { in: [...segmentIds] } }, select: { entryId: true }, distinct: ["entryId"] });
  return rows.map((row) => row.entryId);
}

export async function relinkSegments(tx: Tx, documentId: string, segmentIds: readonly string[], droppedEntryIds: readonly string[] = []) {
  const previous = await mentionedEntryIds(tx, segmentIds);
  await tx.entityMention.deleteMany({ where: { segmentId: { in: [...segmentIds] } } });
  const linked = await linkNewSegments(tx, documentId, segmentIds);
  await pruneUnusedEntries(tx, [...new Set([...previous, ...droppedEntryIds])]);
  return linked;
}
