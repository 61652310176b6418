import "server-only";
// JSONL: one object per pair with its provenance and glossary mentions.
import { jsonLine } from "@/lib/text/jsonl";
import type { ExportOptions } from "./export-options";
import type { ExportDatabase } from "./export-database";
import { readMentions, type ExportMention } from "./read-mentions";
import { readPairBatches } from "./read-pairs";
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

export async function* jsonlChunks(handle: ExportDatabase, options: ExportOptions): AsyncGenerator<string> {
  for await (const batch of readPairBatches(handle, options)) {
    const mentions = readMentions(handle, batch.map((pair) => pair.id));
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
