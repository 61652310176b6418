import "server-only";
// Glossary entries for the glossary TSV, in keyset batches over the unique normalised key
// (so spellings of one name sort together). Entries marked "Not a name"
// (GlossarySuppression) are left out.
import type { GlossaryRow } from "@/lib/export/export-rows";
import type { ExportDatabase } from "./export-snapshot";

const BATCH = 2_000;

export async function* readGlossaryBatches(handle: ExportDatabase): AsyncGenerator<GlossaryRow[]> {
  const page = handle.prepare<{ first: number; after: string }, GlossaryRow>(`
    SELECT key, source, target, type FROM GlossaryEntry
    WHERE (@first = 1 OR key > @after) AND key NOT IN (SELECT key FROM GlossarySuppression) ORDER BY key LIMIT ${BATCH}`);
  let cursor = { first: 1, after: "" };
  for (;;) {
    const rows = page.all(cursor);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    cursor = { first: 0, after: last.key };
  }
}

export function hasGlossaryEntries(handle: ExportDatabase): boolean {
  return handle.prepare<[], { found: number }>("SELECT EXISTS (SELECT 1 FROM GlossaryEntry) AS found").get()?.found === 1;
}
