import "server-only";
// One unit of the worker's work: claim owed sentences with a lease, translate them,
// and store the results and the queue's bookkeeping in one transaction. When a batch
// fails, each sentence is tried alone, so a poison sentence fails by itself (with its
// reason, after its attempts run out) and every other sentence is written.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { translateSentences } from "@/lib/translation/translate-sentences";
import { checkTranslatedTerms } from "@/lib/glossary/check-translated-terms";
import type { TranslationEngine } from "@/lib/translation/engine";
import type { EngineNote } from "@/lib/generated/prisma/enums";
import { translationQueue, type TranslationWork } from "./queue";
import { storeMachineTranslations } from "./store-machine-translation";
import { storeComparisonDrafts } from "./store-comparison-draft";
import { settleDocumentStatus } from "./settle-document-status";
import { defaultWorkerId } from "./worker-id";
import { readClaimedSegments, type ClaimedSegment } from "./read-claimed-segments";

export type BatchResult = { claimed: number; written: number; failed: number; documentIds: string[] };
export type BatchOptions = { workerId?: string; leaseMs?: number };

type Translated = { item: ClaimedSegment; target: string };

export async function translateBatch(engine: TranslationEngine, limit: number, note: EngineNote | null, options: BatchOptions = {}): Promise<BatchResult> {
  const queue = translationQueue();
  const workerId = options.workerId ?? defaultWorkerId();
  const leaseMs = options.leaseMs ?? env().TRANSLATION_LEASE_MS;
  const { work, abandonedDocumentIds } = await queue.claim(workerId, limit, { leaseMs, redrafts: engine.kind === "neural" });
  if (abandonedDocumentIds.length > 0) await settleDocumentStatus(db, abandonedDocumentIds);
  if (work.length === 0) return { claimed: 0, written: 0, failed: 0, documentIds: abandonedDocumentIds };
  // The lease is renewed while inference runs, however long a batch takes.
  const heartbeat = setInterval(() => void queue.extendLease(workerId, work, leaseMs).catch(() => {}), Math.max(250, leaseMs / 3));
  try {
    return await runClaimedWork(engine, note, workerId, work);
  } catch (error) {
    // Not the sentences' fault (a busy database, a broken engine): give them back
    // without counting the attempt, and let the caller back off.
    await queue.release(workerId, work).catch(() => {});
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

async function runClaimedWork(engine: TranslationEngine, note: EngineNote | null, workerId: string, work: TranslationWork[]): Promise<BatchResult> {
  const { live, stale } = await readClaimedSegments(work);
  const { translated: all, failures } = await translateIsolating(engine, live);
  // Comparison drafts sit beside a published pair; they never touch it or its document's status.
  const compared = all.filter(({ item }) => item.work.kind === "compare");
  const translated = all.filter(({ item }) => item.work.kind !== "compare");
  const documentIds = [...new Set(live.filter((item) => item.work.kind !== "compare").map((item) => item.segment.documentId))];
  const written = await db.$transaction(async (tx) => {
    // Glossary hook: names left untranslated are fixed before writing, so the logged text carries the fix; the rest are flagged.
    const checked = await checkTranslatedTerms(tx, translated.map(({ item, target }) => ({ segmentId: item.segment.id, source: item.segment.source, target })));
    const count = await storeMachineTranslations(
      tx,
      translated.map(({ item, target }, i) => ({ segment: item.segment, target: checked[i]?.target ?? target, flags: checked[i]?.flags ?? [], engineId: engine.id })),
    ) + (await storeComparisonDrafts(tx, compared.map(({ item, target }) => ({ segmentId: item.segment.id, source: item.segment.source, target, engineId: engine.id }))));
    // Comparison drafts are done once stored too, or they would be claimed again after every lease.
    await translationQueue().complete(tx, workerId, [...all.map(({ item }) => item.work), ...stale]);
    await settleDocumentStatus(tx, documentIds, { engine: engine.id, engineNote: note });
    return count;
  });
  let failed = 0;
  for (const { item, reason } of failures) {
    if ((await translationQueue().fail(workerId, item.work, reason)) === "failed") failed += 1;
  }
  if (failed > 0) await settleDocumentStatus(db, documentIds);
  return { claimed: work.length, written, failed, documentIds };
}

async function translateIsolating(engine: TranslationEngine, live: ClaimedSegment[]) {
  const failures: { item: ClaimedSegment; reason: string }[] = [];
  if (live.length === 0) return { translated: [] as Translated[], failures };
  try {
    const targets = await translateSentences(engine, live.map((item) => item.segment.source));
    return { translated: live.map((item, i) => ({ item, target: targets[i] ?? "" })), failures };
  } catch (error) {
    if (live.length === 1) return { translated: [], failures: [{ item: live[0]!, reason: describe(error) }] };
  }
  const translated: Translated[] = [];
  for (const item of live) {
    try {
      const [target] = await translateSentences(engine, [item.segment.source]);
      translated.push({ item, target: target ?? "" });
    } catch (error) {
      failures.push({ item, reason: describe(error) });
    }
  }
  // Every sentence failing alone says the engine is broken, not the sentences.
  if (translated.length === 0) throw new Error(`Engine ${engine.id} failed on every sentence of the batch: ${failures[0]?.reason ?? ""}`);
  return { translated, failures };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
