import "server-only";
// "Not a name": an ordinary word the spotter took for a name (Barat, Pemerintah). Its
// marks go everywhere at once, and every key its spellings resolve to is suppressed, so
// re-ingesting or recomputing never brings it back. The entry row itself is kept,
// hidden: it holds the spellings (and any rendering a person chose) that an undo needs.
import { db } from "@/lib/db";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { failure, type OperationResult } from "@/lib/operation-result";
import { entityKey } from "@/lib/text/entities";
import { parseStringList } from "@/lib/text/string-list";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { recheckSegmentTerms } from "./recheck-segment-terms";

export type NotAName = { entryId: string; source: string; keys: string[]; removedMentions: number };

export async function markNotAName(entryId: string, actor: Actor = HUMAN): Promise<OperationResult<NotAName>> {
  return db.$transaction(async (tx) => {
    const entry = await tx.glossaryEntry.findUnique({ where: { id: entryId }, select: { key: true, source: true, variants: true } });
    if (!entry) return failure("not-found", "No glossary entry with that id.");
    const spellingKeys = new Set([entry.key, ...[entry.source, ...parseStringList(entry.variants)].map(entityKey)]);
    // A spelling key that is another entry's own key names that entry, not this one.
    const others = await tx.glossaryEntry.findMany({ where: { key: { in: [...spellingKeys] }, id: { not: entryId } }, select: { key: true } });
    for (const other of others) spellingKeys.delete(other.key);
    const keys = [...spellingKeys].sort();
    for (const key of keys) {
      await tx.glossarySuppression.upsert({ where: { key }, create: { key, source: entry.source, actorName: actor.name }, update: {} });
    }
    const mentions = await tx.entityMention.findMany({ where: { entryId }, select: { segmentId: true }, distinct: ["segmentId"] });
    const removed = await tx.entityMention.deleteMany({ where: { entryId } });
    // Without the mark a translation may no longer miss a term: its flag is recomputed.
    await recheckSegmentTerms(tx, mentions.map((m) => m.segmentId));
    return { ok: true, entryId, source: entry.source, keys, removedMentions: removed.count };
  }, WRITE_TRANSACTION);
}
