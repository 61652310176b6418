import "server-only";
// Undoes a wrong link: one spelling of an entry becomes its own entry (or joins the entry
// its key already belongs to), and the mentions written that way move with it.
import type { EntityType } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { entityKey } from "@/lib/text/entities";
import { failure, type OperationResult } from "@/lib/operation-result";
import { addVariants, parseStringList } from "@/lib/text/string-list";
import { automaticRendering } from "./automatic-rendering";
import { recheckEntrySegments } from "./recheck-entry-segments";
import { writeSpellings } from "./write-spellings";
import { entryNotFound, summaryOf } from "./update-glossary-entry";
import type { EntryRow } from "./reshape-entry";
import type { GlossaryEntrySummary } from "./types";

export type SplitResult = OperationResult<{ entry: GlossaryEntrySummary; from: GlossaryEntrySummary }>;

export async function splitGlossaryVariant(id: string, variant: string): Promise<SplitResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.glossaryEntry.findUnique({ where: { id } });
    if (!row) return entryNotFound();
    const variants = parseStringList(row.variants);
    if (!variants.includes(variant)) return failure("invalid-input", `"${variant}" is not a spelling of this entry.`);
    const key = entityKey(variant);
    if (key === row.key) {
      return failure("invalid-input", `"${variant}" is only another way of writing "${row.source}"; it cannot become an entry of its own.`);
    }
    const target = await entryFor(tx, key, variant, row.type);
    await tx.entityMention.updateMany({ where: { entryId: id, surface: variant }, data: { entryId: target.id } });
    const from = await tx.glossaryEntry.update({ where: { id }, data: { variants: variants.filter((v) => v !== variant) } });
    await writeSpellings(tx, from);
    await writeSpellings(tx, target);
    await recheckEntrySegments(tx, [id, target.id]);
    return { ok: true, entry: await summaryOf(tx, target), from: await summaryOf(tx, from) };
  });
}

/** The entry that owns `key` already, with the spelling added, or a new one for it. */
async function entryFor(tx: Tx, key: string, variant: string, type: EntityType): Promise<EntryRow> {
  const existing = await tx.glossaryEntry.findUnique({ where: { key } });
  if (existing) {
    const variants = addVariants(existing.source, parseStringList(existing.variants), [variant]);
    return tx.glossaryEntry.update({ where: { id: existing.id }, data: { variants } });
  }
  return tx.glossaryEntry.create({ data: { key, source: variant, type, ...automaticRendering({ key, type, source: variant }) } });
}
