import "server-only";
// Keeps an entry's rows in GlossarySpelling equal to the keys of its source and variants.
// Every write that changes an entry's spellings calls this in its own transaction, so the
// index that linking reads (upsert-entries.ts) never lags behind the entry.
import type { Tx } from "@/lib/db";
import { entityKey } from "@/lib/text/entities";
import { parseStringList } from "@/lib/text/string-list";

type Spelled = { id: string; source: string; variants: unknown };

/** The distinct keys of an entry's spellings (pure). */
export function spellingKeys(entry: Pick<Spelled, "source" | "variants">): string[] {
  return [...new Set([entry.source, ...parseStringList(entry.variants)].map(entityKey).filter((key) => key !== ""))];
}

export async function writeSpellings(tx: Tx, entry: Spelled): Promise<void> {
  await tx.glossarySpelling.deleteMany({ where: { entryId: entry.id } });
  const keys = spellingKeys(entry);
  if (keys.length > 0) await tx.glossarySpelling.createMany({ data: keys.map((key) => ({ key, entryId: entry.id })) });
}
