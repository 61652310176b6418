import "server-only";
// Glossary TSV: source<TAB>target<TAB>type for every glossary entry, by normalised key (so
// spellings of one name sort together). Document and status filters do not apply: the
// glossary is global. Entries marked "Not a name" (GlossarySuppression) are left out.
import type { ExportSnapshot } from "@/lib/db/queries/dialect";
import { tsvRow } from "@/lib/text/tsv";
import type { ExportOptions } from "./export-options";

export const GLOSSARY_HEADER = ["source", "target", "type"] as const;

export async function* glossaryChunks(snapshot: ExportSnapshot, options: ExportOptions): AsyncGenerator<string> {
  const row = { spreadsheetSafe: options.spreadsheet };
  if (options.header) yield tsvRow(GLOSSARY_HEADER, row);
  for await (const entries of snapshot.glossaryBatches()) {
    yield entries.map((entry) => tsvRow([entry.source, entry.target ?? "", entry.type], row)).join("");
  }
}
