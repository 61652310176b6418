import "server-only";
// TSV: source<TAB>target per line, UTF-8, LF, no quoting (IANA TSV); cells escaped by
// lib/text/tsv.ts. columns=meta appends where each pair comes from: the engine that
// produced the English and who reviewed it, and for a published translation (status
// reference, engine aligned) the aligner's confidence, last so older readers of the
// columns keep their positions. spreadsheet=1 defuses formula-like cells.
import { tsvRow } from "@/lib/text/tsv";
import type { ExportOptions } from "./export-options";
import type { ExportSnapshot } from "@/lib/db/queries/dialect";
import type { Pair } from "./export-rows";
import { storedDateToIso } from "./stored-date";

export const TSV_PAIR_HEADER = ["source", "target"] as const;
export const TSV_META_HEADER = ["source", "target", "document_id", "document_title", "paragraph", "position", "status", "engine", "reviewed_by", "updated_at", "align_confidence"] as const;

export async function* tsvChunks(snapshot: ExportSnapshot, options: ExportOptions): AsyncGenerator<string> {
  const meta = options.columns === "meta";
  const row = { spreadsheetSafe: options.spreadsheet };
  if (options.header) yield tsvRow(meta ? TSV_META_HEADER : TSV_PAIR_HEADER, row);
  for await (const batch of snapshot.pairBatches(options)) {
    let chunk = "";
    for (const pair of batch) chunk += tsvRow(meta ? metaCells(pair) : [pair.source, pair.target], row);
    yield chunk;
  }
}

function metaCells(pair: Pair): string[] {
  return [
    pair.source,
    pair.target,
    pair.documentId,
    pair.documentTitle,
    String(pair.paragraphIndex),
    String(pair.position),
    pair.status,
    pair.engine ?? "",
    pair.reviewedBy ?? "",
    storedDateToIso(pair.updatedAt),
    pair.alignConfidence === null ? "" : String(pair.alignConfidence),
  ];
}
