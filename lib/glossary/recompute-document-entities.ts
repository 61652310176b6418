import "server-only";
// A document's entity mentions, recomputed from its sentences: at ingest, and whenever its
// segments are split or merged. One transaction per document, so the reader never sees a
// half-linked document, and re-running it never duplicates entries or mentions.
import { db, type Db, type Tx } from "@/lib/db";
import { findEntities } from "@/lib/text/entities";
import { upsertEntries } from "./upsert-entries";
import { recheckSegmentTerms } from "./recheck-segment-terms";
import { pruneUnusedEntries } from "./prune-unused-entries";

export type RecomputeResult = { entries: number; mentions: number };

// The worker's batch may hold the write lock for a moment; wait for it rather than fail.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 60_000 } as const;

/** Opens its own transaction: call it after (never inside) another one, or use the Tx form below. */
export async function recomputeDocumentEntities(documentId: string, client: Db = db): Promise<RecomputeResult> {
  return client.$transaction((tx) => recomputeDocumentEntitiesIn(tx, documentId), TRANSACTION_OPTIONS);
}

/** The same inside a caller's transaction, e.g. a segment split that must relink atomically. */
export async function recomputeDocumentEntitiesIn(tx: Tx, documentId: string): Promise<RecomputeResult> {
  const segments = await tx.segment.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: { id: true, paragraphIndex: true, source: true },
  });
  // The title is its own paragraph (index 0), so every paragraph's first sentence starts one.
  const perSentence = findEntities(
    segments.map((segment, i) => ({ text: segment.source, paragraphStart: i === 0 || segments[i - 1]?.paragraphIndex !== segment.paragraphIndex })),
  );
  const entryIds = await upsertEntries(tx, perSentence.flat());
  const previous = await tx.entityMention.findMany({ where: { documentId }, select: { entryId: true }, distinct: ["entryId"] });
  await tx.entityMention.deleteMany({ where: { documentId } });
  const rows = segments.flatMap((segment, i) =>
    (perSentence[i] ?? []).flatMap((match) => {
      const entryId = entryIds.get(match.key);
      return entryId ? [{ entryId, documentId, segmentId: segment.id, start: match.start, end: match.end, surface: match.surface }] : [];
    }),
  );
  if (rows.length > 0) await tx.entityMention.createMany({ data: rows });
  await pruneUnusedEntries(tx, previous.map((p) => p.entryId));
  // Sentences already translated (split or merged segments, reused memory) are checked now.
  await recheckSegmentTerms(tx, segments.map((s) => s.id));
  return { entries: entryIds.size, mentions: rows.length };
}
