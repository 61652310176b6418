import "server-only";
// A person's edit to an entry: English rendering, type, do-not-translate, notes, or the
// canonical Indonesian. An edited rendering becomes the entry's "user" rendering, which
// re-ingests never overwrite, and every sentence mentioning the entry is re-checked.
import type { EntityType } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { failure, type OperationResult } from "@/lib/operation-result";
import { addVariants, parseStringList } from "@/lib/text/string-list";
import { automaticRendering } from "./automatic-rendering";
import { countMentions } from "./count-mentions";
import { NO_COUNTS, reshapeEntry, type EntryRow } from "./reshape-entry";
import { recheckEntrySegments } from "./recheck-entry-segments";
import { writeSpellings } from "./write-spellings";
import type { GlossaryEntrySummary, GlossaryPatch } from "./types";

export type EntryResult = OperationResult<{ entry: GlossaryEntrySummary }>;

export const entryNotFound = () => failure("not-found", "No glossary entry with that id.");

export async function updateGlossaryEntry(id: string, patch: GlossaryPatch): Promise<EntryResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.glossaryEntry.findUnique({ where: { id } });
    if (!row) return entryNotFound();
    const source = patch.source?.trim();
    if (source === "") return failure("invalid-input", "The Indonesian form of an entry cannot be empty.");
    const updated = await tx.glossaryEntry.update({ where: { id }, data: changesFor(row, { ...patch, source }) });
    if (updated.source !== row.source) await writeSpellings(tx, updated);
    const rendering = patch.target !== undefined || patch.doNotTranslate !== undefined || source !== undefined;
    if (rendering) await recheckEntrySegments(tx, [id]);
    return { ok: true, entry: await summaryOf(tx, updated) };
  });
}

function changesFor(row: EntryRow, patch: GlossaryPatch) {
  const renamed = patch.source !== undefined && patch.source !== row.source;
  const variants = renamed && patch.source ? addVariants(patch.source, parseStringList(row.variants), [row.source]) : null;
  return {
    ...(patch.target !== undefined ? renderingChange(row, patch.target) : {}),
    ...(patch.type !== undefined ? { type: patch.type } : {}),
    ...(patch.doNotTranslate !== undefined ? { doNotTranslate: patch.doNotTranslate } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes?.trim() || null } : {}),
    ...(renamed && patch.source ? { source: patch.source, variants: variants ?? [] } : {}),
  };
}

/** A cleared rendering goes back to the automatic one rather than to none at all. */
function renderingChange(row: EntryRow & { type: EntityType }, target: string | null) {
  const chosen = target?.trim();
  return chosen ? { target: chosen, targetOrigin: "user" as const } : automaticRendering(row);
}

export async function summaryOf(tx: Tx, row: EntryRow): Promise<GlossaryEntrySummary> {
  const counts = await countMentions([row.id], tx);
  return reshapeEntry(row, counts.get(row.id) ?? NO_COUNTS);
}
