import "server-only";
// "Restore" on a line the cleaner removed: only that line's sentences are inserted, at
// the line's place in the page, as new pending segments the worker then translates.
// Nothing already there is rebuilt: every existing segment keeps its id, text, status,
// history and glossary mentions (the old rebuild deleted edited, split and merged ones).
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import { recordChanges } from "@/lib/changes/record-change";
import { linkNewSegments } from "@/lib/glossary/link-new-segments";
import { shiftPositionsAfter } from "@/lib/segments/shift-positions";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { translationQueue } from "@/lib/jobs/queue";
import { parseReport } from "./reshape-document";
import { isStillLinking, STILL_LINKING_MESSAGE } from "@/lib/segments/still-linking";
import { layoutOf, placeOf, sentencesOfLine, type Layout, type LinePlace } from "./place-removed-line";
import { withSourceHash } from "@/lib/text/text-hash";

export async function restoreRemovedLine(documentId: string, line: string, actor: Actor = HUMAN): Promise<{ added: number }> {
  const added = await db.$transaction(
    async (tx) => {
      // A trashed document is read-only until it is brought back.
      const document = await tx.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { rawText: true, report: true } });
      if (!document) throw new AppError("not-found", "No document with that id.");
      if (await isStillLinking(tx, documentId)) throw new AppError("busy", STILL_LINKING_MESSAGE);
      const report = parseReport(document.report);
      if (!report.removed.some((removed) => removed.line === line)) {
        throw new AppError("invalid-input", "That line was not removed from this document.");
      }
      const title = await originalTitle(tx, documentId);
      const layout = layoutOf(report, document.rawText, title);
      const ids: string[] = [];
      // A line the page repeats was removed at each place; it comes back at each place.
      for (const entry of layout.removed.filter((r) => r.line === line)) {
        ids.push(...(await insertAt(tx, documentId, placeOf(entry, layout, document.rawText, title), layout, entry.line, actor)));
        layout.removed = layout.removed.filter((r) => r !== entry);
      }
      const restored = [...(report.restored ?? []), line];
      const duplicateParagraphs = layout.removed.filter((r) => r.reason === "duplicate").length;
      await tx.document.update({
        where: { id: documentId },
        data: {
          report: { ...report, removed: layout.removed, origins: layout.origins, restored, duplicateParagraphs },
          ...(ids.length > 0 ? { status: "translating" } : {}),
        },
      });
      await linkNewSegments(tx, documentId, ids);
      await translationQueue().enqueue(tx, { segmentIds: ids });
      return ids.length;
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
  wakeWorker();
  return { added };
}

/** The title as ingested (a rename changes Document.title, not the title segment). */
async function originalTitle(tx: Tx, documentId: string): Promise<string> {
  const titles = await tx.segment.findMany({ where: { documentId, kind: "title" }, orderBy: { position: "asc" }, select: { source: true } });
  return titles.map((t) => t.source).join(" ");
}

async function insertAt(tx: Tx, documentId: string, place: LinePlace, layout: Layout, line: string, actor: Actor): Promise<string[]> {
  const segments = await tx.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { paragraphIndex: true } });
  let paragraphIndex: number;
  let position: number;
  if (place.kind === "new-paragraph") {
    paragraphIndex = place.paragraphAt + 1;
    position = segments.filter((s) => s.paragraphIndex < paragraphIndex).length;
    await tx.segment.updateMany({ where: { documentId, paragraphIndex: { gte: paragraphIndex } }, data: { paragraphIndex: { increment: 1 } } });
    layout.origins.splice(place.paragraphAt, 0, place.page);
  } else {
    paragraphIndex = place.paragraphIndex;
    const before = segments.filter((s) => s.paragraphIndex < paragraphIndex).length;
    const inParagraph = segments.filter((s) => s.paragraphIndex === paragraphIndex).length;
    position = before + Math.min(place.sentencesBefore, inParagraph);
  }
  const sentences = sentencesOfLine(line);
  await shiftPositionsAfter(tx, documentId, position - 1, sentences.length);
  const ids: string[] = [];
  for (const [i, source] of sentences.entries()) {
    const created = await tx.segment.create({ data: withSourceHash({ documentId, paragraphIndex, position: position + i, kind: "body" as const, source }), select: { id: true } });
    ids.push(created.id);
  }
  await recordChanges(
    tx,
    ids.map((segmentId, i) => ({
      action: "restore_line", actor, documentId, segmentId, newSource: sentences[i] ?? null, newStatus: "pending", version: 0, details: { line },
    })),
  );
  return ids;
}
