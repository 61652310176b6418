import "server-only";
// Two entries that are one name: the mentions move to the kept entry, spellings are
// united, and the merged entry disappears. Its canonical form stays among the kept
// entry's spellings, so future ingests that produce its key still land on the kept one,
// and its address redirects to the kept entry (earlier redirects to it move along).
import { db } from "@/lib/db";
import { failure } from "@/lib/operation-result";
import { addVariants, parseStringList } from "@/lib/text/string-list";
import { recheckEntrySegments } from "./recheck-entry-segments";
import { writeSpellings } from "./write-spellings";
import { entryNotFound, summaryOf, type EntryResult } from "./update-glossary-entry";
import type { EntryRow } from "./reshape-entry";

export async function mergeGlossaryEntries(keepId: string, mergeId: string): Promise<EntryResult> {
  if (keepId === mergeId) return failure("invalid-input", "An entry cannot be merged into itself.");
  return db.$transaction(async (tx) => {
    const [keep, merge] = await Promise.all([
      tx.glossaryEntry.findUnique({ where: { id: keepId } }),
      tx.glossaryEntry.findUnique({ where: { id: mergeId } }),
    ]);
    if (!keep || !merge) return entryNotFound();
    await tx.entityMention.updateMany({ where: { entryId: mergeId }, data: { entryId: keepId } });
    await tx.glossaryEntry.delete({ where: { id: mergeId } });
    await tx.glossaryRedirect.updateMany({ where: { toId: mergeId }, data: { toId: keepId } });
    await tx.glossaryRedirect.upsert({ where: { fromId: mergeId }, create: { fromId: mergeId, toId: keepId }, update: { toId: keepId } });
    const updated = await tx.glossaryEntry.update({ where: { id: keepId }, data: mergedFields(keep, merge) });
    await writeSpellings(tx, updated); // the merged entry's rows went with it (cascade)
    await recheckEntrySegments(tx, [keepId]);
    return { ok: true, entry: await summaryOf(tx, updated) };
  });
}

/** The kept entry's choices win; the merged one only fills what the kept one lacks. */
function mergedFields(keep: EntryRow, merge: EntryRow) {
  const spellings = [merge.source, ...parseStringList(merge.variants)];
  const takeRendering = (keep.target === null && merge.target !== null) || (keep.targetOrigin !== "user" && merge.targetOrigin === "user");
  return {
    variants: addVariants(keep.source, parseStringList(keep.variants), spellings),
    ...(takeRendering ? { target: merge.target, targetOrigin: merge.targetOrigin } : {}),
    doNotTranslate: keep.doNotTranslate || merge.doNotTranslate,
    notes: [keep.notes, merge.notes].filter((n): n is string => n !== null && n !== "").join("\n\n") || null,
  };
}
