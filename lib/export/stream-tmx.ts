import "server-only";
// TMX 1.4b: one <tu> per pair, tuid = segment id, with status, producing engine,
// reviewer, document and (for a published translation) alignment confidence as x-
// properties, so a translation memory keeps where each unit came from and whether a
// person checked it.
import { TMX_CLOSING, tmxOpening, tmxUnit } from "@/lib/text/tmx";
import type { ExportOptions } from "./export-options";
import type { ExportSnapshot } from "@/lib/db/queries/dialect";

export const TMX_SOURCE_LANG = "id";
export const TMX_TARGET_LANG = "en";
const TOOL_VERSION = "0.1.0";

export async function* tmxChunks(snapshot: ExportSnapshot, options: ExportOptions): AsyncGenerator<string> {
  yield tmxOpening({
    srcLang: TMX_SOURCE_LANG,
    adminLang: "en",
    creationTool: "Selaras",
    creationToolVersion: TOOL_VERSION,
    creationDate: new Date(),
  });
  for await (const batch of snapshot.pairBatches(options)) {
    let chunk = "";
    for (const pair of batch) {
      chunk += tmxUnit({
        id: pair.id,
        createdAt: pair.createdAt,
        changedAt: pair.updatedAt,
        props: [
          ["x-status", pair.status],
          ["x-engine", pair.engine ?? ""],
          ["x-reviewed-by", pair.reviewedBy ?? ""],
          ["x-document", pair.documentId],
          // Only pairs that came from a published translation have one.
          ...(pair.alignConfidence === null ? [] : [["x-align-confidence", String(pair.alignConfidence)] as const]),
        ],
        variants: [
          [TMX_SOURCE_LANG, pair.source],
          [TMX_TARGET_LANG, pair.target],
        ],
      });
    }
    yield chunk;
  }
  yield TMX_CLOSING;
}
