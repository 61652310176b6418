// Test helper: a small corpus that exercises every export rule — each status, draft
// and neural engines, a missing engine, a duplicate pair across documents, a repeated
// source with a different target, and text full of tabs, newlines, quotes, markup
// characters, formula-like starts, RTL marks, emoji and control characters.
import type { SegmentStatus } from "@/lib/documents/types";
import { db } from "@/lib/db";
import { dialect } from "@/lib/db/queries/dialect";
import { exportBody } from "@/lib/export/export-body";
import type { ExportOptions, PairFilter } from "@/lib/export/export-options";
import type { BatchSizes, Pair } from "@/lib/export/export-rows";
import { glossaryChunks } from "@/lib/export/stream-glossary";
import { withSourceHash } from "@/lib/text/text-hash";

type SegmentSeed = { source: string; target: string | null; status: SegmentStatus; engine: string | null };

export const DOCUMENT_A: readonly SegmentSeed[] = [
  { source: "Presiden Joko Widodo tiba di Jakarta.", target: "President Joko Widodo arrived in Jakarta.", status: "machine", engine: "neural:opus-mt-id-en" },
  { source: "Harga\tnaik & turun <5%>.", target: 'Prices "rise"\nand fall.', status: "edited", engine: "neural:opus-mt-id-en" },
  { source: "=SUM(A1) +62 -1 @user", target: "=SUM(A1) +62 -1 @user ok", status: "approved", engine: "neural:opus-mt-id-en" },
  { source: "Kalimat draf.", target: "Draft sentence.", status: "machine", engine: "draft:lexicon" },
  { source: "Belum diterjemahkan.", target: null, status: "pending", engine: null },
  { source: "Terima kasih.", target: "Thank you.", status: "machine", engine: "neural:opus-mt-id-en" },
  { source: "Emoji 🎉 dan \u200fעברית\u200e, C:\\jalan", target: "Emoji 🎉 and \u200fHebrew\u200e\r\nline, C:\\path", status: "approved", engine: "neural:opus-mt-id-en" },
  { source: "Draf yang disunting.", target: "An edited draft.", status: "edited", engine: "draft:lexicon" },
];

export const DOCUMENT_B: readonly SegmentSeed[] = [
  { source: "Terima kasih.", target: "Thank you.", status: "machine", engine: "neural:opus-mt-id-en" },
  { source: "Terima kasih.", target: "Thanks.", status: "approved", engine: "memory" },
  { source: "Bel\u0007 dan\u000b tab", target: "Bell\u0007 and\u000b tab", status: "machine", engine: "neural:opus-mt-id-en" },
  { source: "Tanpa mesin.", target: "No engine.", status: "machine", engine: null },
];

export type SeededCorpus = { documentA: string; documentB: string };

export async function seedExportCorpus(): Promise<SeededCorpus> {
  const documentA = await createDocument("Berita Satu: \"kutipan\" / ujian", DOCUMENT_A, new Date("2025-01-01T00:00:00Z"));
  const documentB = await createDocument("Berita Dua", DOCUMENT_B, new Date("2025-01-02T00:00:00Z"));
  const segment = await db.segment.findFirstOrThrow({ where: { documentId: documentA, position: 0 } });
  const entry = await db.glossaryEntry.create({ data: { key: "joko widodo", source: "Joko Widodo", target: "Joko Widodo", type: "person" } });
  await db.entityMention.create({ data: { entryId: entry.id, documentId: documentA, segmentId: segment.id, start: 9, end: 20, surface: "Joko Widodo" } });
  await db.glossaryEntry.create({ data: { key: "jakarta", source: "Jakarta", target: null, type: "place" } });
  return { documentA, documentB };
}

async function createDocument(title: string, segments: readonly SegmentSeed[], createdAt: Date): Promise<string> {
  const document = await db.document.create({
    data: {
      title,
      rawText: segments.map((s) => s.source).join("\n"),
      contentHash: `${title}-${createdAt.toISOString()}`,
      status: "ready",
      createdAt,
      segments: {
        createMany: {
          data: segments.map((s, position) => withSourceHash({ ...s, position, paragraphIndex: position >> 1, reviewedBy: s.status === "edited" || s.status === "approved" ? "human" : null })),
        },
      },
    },
  });
  return document.id;
}

export const BASE_OPTIONS: ExportOptions = {
  format: "tsv",
  status: "translated",
  drafts: false,
  dedupe: false,
  header: false,
  columns: "pair",
  spreadsheet: false,
  documentIds: null,
};

/** Runs one export to completion and returns its bytes. */
export async function exportBytes(options: Partial<ExportOptions>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of (await exportBody({ ...BASE_OPTIONS, ...options })).chunks) {
    parts.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

/** The pairs an export would hold, batch by batch, read in one snapshot as exports read them. */
export async function exportedPairBatches(filter: PairFilter, sizes?: BatchSizes): Promise<Pair[][]> {
  const batches: Pair[][] = [];
  for await (const batch of dialect().withExportSnapshot((snapshot) => snapshot.pairBatches(filter, sizes))) batches.push(batch);
  return batches;
}

export async function exportedPairs(filter: PairFilter = BASE_OPTIONS): Promise<Pair[]> {
  return (await exportedPairBatches(filter)).flat();
}

/** The glossary TSV, without the empty-export check of exportBytes. */
export async function glossaryTsv(): Promise<string> {
  let text = "";
  for await (const chunk of dialect().withExportSnapshot((snapshot) => glossaryChunks(snapshot, { ...BASE_OPTIONS, format: "glossary" }))) text += chunk;
  return text;
}
