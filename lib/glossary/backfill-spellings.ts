import "server-only";
// Fills GlossarySpelling for entries that existed before the table did. The migration
// leaves a marker row; the first linking transaction that sees it indexes every entry once
// and removes the marker in the same transaction, so a crash halfway leaves the marker and
// the next one starts over. After that, the check is one primary-key read.
import type { Tx } from "@/lib/db";
import { writeSpellings } from "./write-spellings";

const MARKER = "glossary-spellings-backfill";
const PAGE = 500;

export async function backfillSpellings(tx: Tx): Promise<void> {
  if ((await tx.setting.count({ where: { key: MARKER } })) === 0) return;
  for (let cursor: string | undefined; ; ) {
    const entries = await tx.glossaryEntry.findMany({
      select: { id: true, source: true, variants: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const entry of entries) await writeSpellings(tx, entry);
    if (entries.length < PAGE) break;
    cursor = entries.at(-1)?.id;
  }
  await tx.setting.deleteMany({ where: { key: MARKER } });
}
