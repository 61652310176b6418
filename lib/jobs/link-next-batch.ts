import "server-only";
// The staged half of a long article's ingest. The document and its segments were stored in
// one transaction; its names, translation memory and term checks follow here, a batch of
// segments per short transaction, so no writer waits behind one huge write. The worker runs
// this before translating, and translation is owed only once the last batch is linked.
import { db, type Tx } from "@/lib/db";
import { findEntities, type EntityMatch } from "@/lib/text/entities";
import { upsertEntries } from "@/lib/glossary/upsert-entries";
import { recheckSegmentTerms } from "@/lib/glossary/recheck-segment-terms";
import { applyTranslationMemory } from "@/lib/segments/apply-translation-memory";
import { WRITE_TRANSACTION } from "@/lib/segments/transaction-options";
import { translationQueue } from "./queue";
import { LINK_BATCH } from "./link-batch-size";

type Spotted = { id: string; matches: EntityMatch[] };

/** Links one batch of the oldest document still linking; false when none is. */
export async function linkNextBatch(batchSize: number = LINK_BATCH): Promise<boolean> {
  const document = await db.document.findFirst({
    where: { linkingFrom: { not: null }, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, linkingFrom: true },
  });
  if (!document || document.linkingFrom === null) return false;
  const { segments, perSentence } = await spotDocument(document.id);
  const from = document.linkingFrom;
  const batch: Spotted[] = segments.slice(from, from + batchSize).map((s, i) => ({ id: s.id, matches: perSentence[from + i] ?? [] }));
  const next = from + batchSize >= segments.length ? null : from + batchSize;
  await db.$transaction((tx) => linkBatch(tx, document.id, { from, next, batch }), WRITE_TRANSACTION).catch((error: unknown) => {
    if (!(error instanceof LostRace)) throw error;
  });
  return true;
}

class LostRace extends Error {}

type SpottedDocument = { documentId: string; segments: { id: string }[]; perSentence: EntityMatch[][] };
let lastSpotted: SpottedDocument | null = null;

/**
 * Spotting reads the whole document (a name seen elsewhere is still a name here) and runs
 * outside the transaction, so the write lock is held only for a batch's writes. It is done
 * once per document, not per batch: its sources cannot change while it links, since split,
 * merge and restore wait until it is done.
 */
async function spotDocument(documentId: string): Promise<SpottedDocument> {
  if (lastSpotted?.documentId === documentId) return lastSpotted;
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, paragraphIndex: true, source: true } });
  const perSentence = findEntities(segments.map((s, i) => ({ text: s.source, paragraphStart: i === 0 || segments[i - 1]?.paragraphIndex !== s.paragraphIndex })));
  lastSpotted = { documentId, segments, perSentence };
  return lastSpotted;
}

async function linkBatch(tx: Tx, documentId: string, { from, next, batch }: { from: number; next: number | null; batch: Spotted[] }): Promise<void> {
  // First write, conditional: of two workers on one batch, one moves on and the other rolls back.
  const moved = await tx.document.updateMany({ where: { id: documentId, linkingFrom: from }, data: { linkingFrom: next } });
  if (moved.count === 0) throw new LostRace();
  const entryIds = await upsertEntries(tx, batch.flatMap((s) => s.matches));
  const rows = batch.flatMap((s) =>
    s.matches.flatMap((m) => {
      const entryId = entryIds.get(m.key);
      return entryId ? [{ entryId, documentId, segmentId: s.id, start: m.start, end: m.end, surface: m.surface }] : [];
    }),
  );
  if (rows.length > 0) await tx.entityMention.createMany({ data: rows });
  const ids = batch.map((s) => s.id);
  if ((await applyTranslationMemory(documentId, tx, ids)) > 0) await recheckSegmentTerms(tx, ids);
  if (next === null) await finishLinking(tx, documentId);
}

/** Owes translation for what memory did not fill; a document memory filled entirely is ready. */
async function finishLinking(tx: Tx, documentId: string): Promise<void> {
  const owed = await translationQueue().enqueue(tx, { documentId });
  if (owed > 0 || (await tx.segment.count({ where: { documentId, status: "pending" } })) > 0) return;
  await tx.document.updateMany({ where: { id: documentId, status: "translating" }, data: { status: "ready" } });
}
