import "server-only";
// One unit of the worker's work: take the next pending sentences, translate them, and
// write the batch in one transaction. A segment is only written while it is still
// pending at the version it was read at, so a crash, a restart or a second worker can
// never translate (write) the same sentence twice or overwrite a human edit.
import { db } from "@/lib/db";
import { translateSentences } from "@/lib/translation/translate-sentences";
import { checkTranslatedTerms } from "@/lib/glossary/check-translated-terms";
import type { TranslationEngine } from "@/lib/translation/engine";
import type { EngineNote, SegmentStatus } from "@/lib/generated/prisma/enums";
import { engineActor } from "@/lib/changes/actor";
import { IN_LIVE_DOCUMENT } from "@/lib/documents/live-documents";
import { recordChange } from "@/lib/changes/record-change";

export type BatchResult = { written: number; documentIds: string[] };

type Claimed = { id: string; source: string; version: number; documentId: string; target: string | null; status: SegmentStatus };

export async function claimPendingSegments(limit: number, includeDrafts: boolean): Promise<Claimed[]> {
  const select = { id: true, source: true, version: true, documentId: true, target: true, status: true } as const;
  const orderBy = [{ document: { createdAt: "asc" as const } }, { position: "asc" as const }];
  const pending = await db.segment.findMany({ where: { status: "pending", document: { ...IN_LIVE_DOCUMENT.document, status: { not: "failed" } } }, orderBy, take: limit, select });
  if (pending.length > 0 || !includeDrafts) return pending;
  // Once the neural model is available, drafts made while it was missing are redone.
  return db.segment.findMany({
    where: { status: "machine", engine: { startsWith: "draft:" }, ...IN_LIVE_DOCUMENT },
    orderBy,
    take: limit,
    select,
  });
}

export async function translateBatch(engine: TranslationEngine, limit: number, note: EngineNote | null): Promise<BatchResult> {
  const claimed = await claimPendingSegments(limit, engine.kind === "neural");
  if (claimed.length === 0) return { written: 0, documentIds: [] };
  const targets = await translateSentences(engine, claimed.map((s) => s.source));
  const documentIds = [...new Set(claimed.map((s) => s.documentId))];
  const written = await db.$transaction(async (tx) => {
    let count = 0;
    // Glossary hook: names left untranslated are fixed before writing, so the logged text carries the fix; the rest are flagged.
    const checked = await checkTranslatedTerms(tx, claimed.map((s, i) => ({ segmentId: s.id, source: s.source, target: targets[i] ?? "" })));
    for (const [i, segment] of claimed.entries()) {
      const target = checked[i]?.target ?? targets[i] ?? "";
      const updated = await tx.segment.updateMany({
        where: { id: segment.id, version: segment.version, status: { in: ["pending", "machine"] } },
        data: { target, status: "machine", engine: engine.id, version: { increment: 1 }, flags: checked[i]?.flags },
      });
      if (updated.count === 0) continue;
      count += 1;
      await recordChange(tx, {
        action: "machine", actor: engineActor(engine.id), documentId: segment.documentId, segmentId: segment.id, engine: engine.id,
        oldTarget: segment.target, newTarget: target, oldStatus: segment.status, newStatus: "machine", version: segment.version + 1,
      });
    }
    for (const documentId of documentIds) {
      const remaining = await tx.segment.count({ where: { documentId, status: "pending" } });
      await tx.document.update({
        where: { id: documentId },
        data: { engine: engine.id, engineNote: note, ...(remaining === 0 ? { status: "ready" } : {}) },
      });
    }
    return count;
  });
  return { written, documentIds };
}
