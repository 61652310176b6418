// Shared by the glossary's database tests: an article ingested (and so linked) and
// translated by a table engine whose output each test chooses.
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { drainQueue } from "@/lib/jobs/translation-worker";
import type { TranslationEngine } from "@/lib/translation/engine";

/** Translates by exact lookup and leaves anything else as it is. */
export function tableEngine(table: Record<string, string>): TranslationEngine {
  return {
    id: "test:table",
    kind: "draft",
    async translate(sentences) {
      return sentences.map((s) => table[s] ?? s);
    },
  };
}

export async function seedTranslated(text: string, table: Record<string, string>) {
  const { id } = await ingestDocument({ text });
  // The worker's own drain: it also owes work for sentences a test set back to pending by hand.
  await drainQueue({ chooseEngine: async () => ({ engine: tableEngine(table), note: null }), batchSize: 50 });
  return { id, segments: await segmentsOf(id) };
}

export async function segmentsOf(documentId: string) {
  return db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, });
}

/** A segment's change-log rows, oldest first. */
export async function changesOf(segmentId: string) {
  return db.change.findMany({ where: { segmentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export async function entryOf(key: string) {
  return db.glossaryEntry.findUniqueOrThrow({ where: { key } });
}
