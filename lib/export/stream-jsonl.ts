import "server-only";
// JSONL: one object per pair with its provenance and glossary mentions.
import { jsonLine } from "@/lib/text/jsonl";
import type { ExportOptions } from "./export-options";
import type { ExportSnapshot } from "@/lib/db/queries/dialect";
import type { ExportMention } from "./export-rows";
import { storedDateToIso } from "./stored-date";

export type JsonlPair = {
  id: string;
  documentId: string;
  documentTitle: string;
  paragraph: number;
  position: number;
  source: string;
  target: string;
  status: string;
  /** The engine that produced the English, kept when a person corrects it. */
  engine: string | null;
  /** Who last edited or approved it; null while nobody has. */
  reviewedBy: string | null;
  /** A published translation's alignment confidence (status reference, engine aligned); null for other pairs. */
  alignConfidence: number | null;
  updatedAt: string;
  mentions: ExportMention[];
};

export async function* jsonlChunks(snapshot: ExportSnapshot, options: ExportOptions): AsyncGenerator<string> {
  for await (const batch of snapshot.pairBatches(options)) {
    const mentions = await snapshot.mentions(batch.map((pair) => pair.id));
    let chunk = "";
    for (const pair of batch) {
      const line: JsonlPair = {
        id: pair.id,
        documentId: pair.documentId,
        documentTitle: pair.documentTitle,
        paragraph: pair.paragraphIndex,
        position: pair.position,
        source: pair.source,
        target: pair.target,
        status: pair.status,
        engine: pair.engine,
        reviewedBy: pair.reviewedBy,
        alignConfidence: pair.alignConfidence,
        updatedAt: storedDateToIso(pair.updatedAt),
        mentions: mentions.get(pair.id) ?? [],
      };
      chunk += jsonLine(line);
    }
    yield chunk;
  }
}
