import "server-only";
// Glossary TSV: source<TAB>target<TAB>type for every glossary entry, read in keyset
// batches over the unique normalised key (so spellings of one name sort together).
// Document and status filters do not apply: the glossary is global. Entries marked
// "Not a name" (GlossarySuppression) are left out.
import { tsvRow } from "@/lib/text/tsv";
import type { ExportOptions } from "./export-options";
import type { ExportDatabase } from "./export-database";

export const GLOSSARY_HEADER = ["source", "target", "type"] as const;
const BATCH = 2_000;

type EntryRow = { key: string; source: string; target: string | null; type: string };

export async function* glossaryChunks(handle: ExportDatabase, options: ExportOptions): AsyncGenerator<string> {
  const row = { spreadsheetSafe: options.spreadsheet };
  if (options.header) yield tsvRow(GLOSSARY_HEADER, row);
  const page = handle.prepare<{ first: number; after: string }, EntryRow>(`
    SELECT key, source, target, type FROM GlossaryEntry
    WHERE (@first = 1 OR key > @after) AND key NOT IN (SELECT key FROM GlossarySuppression) ORDER BY key LIMIT ${BATCH}`);
  let cursor = { first: 1, after: "" };
  for (;;) {
    const rows = page.all(cursor);
    if (rows.length > 0) yield rows.map((entry) => tsvRow([entry.source, entry.target ?? "", entry.type], row)).join("");
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    cursor = { first: 0, after: last.key };
  }
}
