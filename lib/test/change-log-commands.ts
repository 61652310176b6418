// The commands of the change log's model-based test: each is something a person (or the
// worker) does to a real ingested article through the same operations the API calls.
// A command that the current state refuses (a stale version, nothing to merge with) is
// a no-op: the invariants must hold after refusals too, and while the article is in the
// trash (segment operations still run on it by id).
import fc from "fast-check";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateSegmentTranslation } from "@/lib/segments/update-segment-translation";
import { revertSegment } from "@/lib/segments/revert-segment";
import { splitSegment } from "@/lib/segments/split-segment";
import { mergeSegments } from "@/lib/segments/merge-segments";
import { propagateCorrection } from "@/lib/segments/propagate-correction";
import { retranslateSegment } from "@/lib/segments/retranslate-segment";
import { restoreRemovedLine } from "@/lib/documents/restore-removed-line";
import { deleteDocument } from "@/lib/documents/delete-document";
import { undeleteDocument } from "@/lib/documents/undelete-document";
import { renameDocument } from "@/lib/documents/rename-document";
import { parseReport } from "@/lib/documents/reshape-document";
import { drainQueue } from "@/lib/jobs/translation-worker";
import type { TranslationEngine } from "@/lib/translation/engine";
import { checkInvariants, type LogModel } from "./change-log-invariants";

export type LogReal = Record<string, never>;
type Command = fc.AsyncCommand<LogModel, LogReal>;

/** The worker's bookkeeping is under test, not translation: a transparent engine. */
const ENGINE: TranslationEngine = { id: "test:upper", kind: "draft", translate: async (sentences) => sentences.map((s) => s.toUpperCase()) };

async function segmentAt(model: LogModel, pick: number) {
  const segments = await db.segment.findMany({ where: { documentId: model.documentId }, orderBy: { position: "asc" } });
  return segments.length === 0 ? null : (segments[pick % segments.length] ?? null);
}

/** A cut at a space, so both halves keep text (the index picks which space). */
function cutAt(text: string, pick: number): number {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  return spaces.length === 0 ? 0 : (spaces[pick % spaces.length] ?? 0);
}

/**
 * The worker's own drain, which also owes work for pending sentences a split or merge made.
 * A trashed article's work waits in the queue until it comes back, so there is nothing to drain.
 */
async function drainWorker(documentId?: string): Promise<void> {
  if (documentId && (await db.document.count({ where: { id: documentId, deletedAt: { not: null } } })) > 0) return;
  await drainQueue({ chooseEngine: async () => ({ engine: ENGINE, note: null }), batchSize: 8 });
}

function command(name: string, args: unknown[], step: (model: LogModel) => Promise<void>): Command {
  return {
    check: () => true,
    run: async (model) => {
      await step(model);
      await checkInvariants(model);
    },
    toString: () => `${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
  };
}

const pick = fc.nat({ max: 1000 });
const text = fc.constantFrom("A corrected sentence.", "Another wording.", "", "Traders sell fruit.", "Kembali — lagi", "café ✓");

export const LOG_COMMANDS: fc.Arbitrary<Command>[] = [
  fc.tuple(pick, text).map(([at, target]) =>
    command("edit", [at, target], async (model) => {
      const segment = await segmentAt(model, at);
      if (!segment) return;
      const saved = await updateSegmentTranslation({ id: segment.id, target, version: segment.version });
      if (saved.ok) model.saved.push({ segmentId: segment.id, text: target });
    }),
  ),
  pick.map((at) =>
    command("approve", [at], async (model) => {
      const segment = await segmentAt(model, at);
      if (!segment || segment.target === null) return;
      const saved = await updateSegmentTranslation({ id: segment.id, target: segment.target, status: "approved", version: segment.version });
      if (saved.ok) model.saved.push({ segmentId: segment.id, text: segment.target });
    }),
  ),
  fc.tuple(pick, pick).map(([at, entry]) =>
    command("revert", [at, entry], async (model) => {
      const segment = await segmentAt(model, at);
      if (!segment) return;
      const history = await db.change.findMany({ where: { segmentId: segment.id, newStatus: { not: null } }, orderBy: { id: "asc" } });
      const target = history[entry % Math.max(history.length, 1)];
      if (target) await revertSegment({ id: segment.id, changeId: target.id, version: segment.version });
    }),
  ),
  fc.tuple(pick, pick, pick).map(([at, sourceCut, targetCut]) =>
    command("split", [at, sourceCut, targetCut], async (model) => {
      const segment = await segmentAt(model, at);
      if (!segment) return;
      const targetAt = segment.target === null ? 0 : cutAt(segment.target, targetCut);
      await splitSegment({ id: segment.id, version: segment.version, sourceAt: cutAt(segment.source, sourceCut), targetAt });
    }),
  ),
  pick.map((at) =>
    command("merge", [at], async (model) => {
      const segment = await segmentAt(model, at);
      if (!segment) return;
      const next = await db.segment.findFirst({ where: { documentId: model.documentId, position: segment.position + 1 } });
      if (next) await mergeSegments({ id: segment.id, version: segment.version, nextVersion: next.version });
    }),
  ),
  pick.map((entry) =>
    command("restore-line", [entry], async (model) => {
      const document = await db.document.findUniqueOrThrow({ where: { id: model.documentId }, select: { report: true } });
      const removed = parseReport(document.report).removed;
      const line = removed[entry % Math.max(removed.length, 1)]?.line;
      // Restoring into a trashed article is refused (not-found): a refusal is a no-op here.
      if (line !== undefined) await restoreRemovedLine(model.documentId, line).catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === "not-found")) throw error;
      });
    }),
  ),
  pick.map((at) =>
    command("propagate", [at], async (model) => {
      const segment = await segmentAt(model, at);
      if (segment) await propagateCorrection(segment.id);
    }),
  ),
  fc.tuple(pick, fc.boolean()).map(([at, force]) =>
    command("retranslate", [at, force], async (model) => {
      const segment = await segmentAt(model, at);
      if (segment) await retranslateSegment({ id: segment.id, version: segment.version, force });
      await drainWorker(model.documentId);
    }),
  ),
  fc.constant(null).map(() =>
    command("delete", [], async (model) => {
      await deleteDocument(model.documentId);
    }),
  ),
  fc.constant(null).map(() =>
    command("undelete", [], async (model) => {
      await undeleteDocument(model.documentId);
    }),
  ),
  fc.constantFrom("Judul baru", "Pasar Ikan", "café ✓").map((title) =>
    command("rename", [title], async (model) => {
      await renameDocument(model.documentId, title);
    }),
  ),
];

export { drainWorker };
