import "server-only";
// Stores a new article: the document and every segment in ONE transaction, so a crash
// leaves either the whole document or nothing. The same content again returns the
// existing document instead of a copy.
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import type { PreparedArticle } from "./prepare-article";
import { prepareArticleOffThread } from "./prepare-article-off-thread";
import { wakeWorker } from "@/lib/jobs/worker-signal";
import { translationQueue } from "@/lib/jobs/queue";
import { applyTranslationMemory } from "@/lib/segments/apply-translation-memory";
import { recomputeDocumentEntitiesIn } from "@/lib/glossary/recompute-document-entities";
import type { DocumentStatus } from "@/lib/documents/types";
import { recordChange } from "@/lib/changes/record-change";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import type { AlignedArticle, TranslationInput } from "./prepare-translation";
import { alignTranslationOffThread } from "./align-translation-off-thread";
import { LINK_BATCH } from "@/lib/jobs/link-batch-size";
import { withSourceHash } from "@/lib/text/text-hash";

export type IngestInput = {
  text: string;
  title?: string | null;
  sourceUrl?: string | null;
  sourceName?: string | null;
  keepLines?: readonly string[];
  /** The text was pasted as HTML and read like a web page (the reader says so). */
  pastedHtml?: boolean;
  /** The article's published English: aligned and stored as reference pairs instead of being machine-translated. */
  translation?: TranslationInput | null;
  actor?: Actor;
};

export type IngestResult = { id: string; status: DocumentStatus; duplicate: boolean; title: string };

export async function ingestDocument(input: IngestInput): Promise<IngestResult> {
  const bytes = Buffer.byteLength(input.text, "utf8");
  if (bytes > MAX_INPUT_BYTES) {
    throw new AppError("too-large", `The text is ${formatMb(bytes)}; the limit is ${formatMb(MAX_INPUT_BYTES)}.`);
  }
  const prepared = await prepareArticleOffThread(input);
  const article = input.translation ? await alignTranslationOffThread({ article: prepared, indonesianText: input.text, translation: input.translation }) : prepared;
  const existing = await findByHash(article.contentHash);
  if (existing) return { ...existing, duplicate: true };
  try {
    const created = await db.$transaction((tx) => storeDocument(tx, article, input), { maxWait: 15_000, timeout: 60_000 });
    wakeWorker();
    return { id: created.id, status: created.status, title: created.title, duplicate: false };
  } catch (error) {
    // Two simultaneous ingests of the same text: the unique hash lets one win.
    const winner = isUniqueViolation(error) ? await findByHash(article.contentHash) : null;
    if (winner) return { ...winner, duplicate: true };
    throw error;
  }
}

const SUMMARY = { id: true, status: true, title: true } as const;

/**
 * The document and every segment are one transaction: a crash leaves all of it or none.
 * An article of up to LINK_BATCH segments also gets its memory fills and glossary links in
 * it; a longer one is marked for staged linking (lib/jobs/link-next-batch.ts), so this
 * write stays short and the worker links it a batch per transaction before translating.
 */
async function storeDocument(tx: Tx, article: PreparedArticle | AlignedArticle, input: IngestInput) {
  const aligned = input.translation != null;
  const staged = article.segments.length > LINK_BATCH;
  const document = await tx.document.create({
    data: {
      title: article.title,
      sourceName: input.sourceName ?? article.sourceName,
      sourceUrl: input.sourceUrl ?? null,
      dateline: article.dateline,
      rawText: input.text,
      report: article.report,
      contentHash: article.contentHash,
      // Aligned pairs owe the worker nothing: the English came with the article.
      status: aligned ? "ready" : "translating",
      linkingFrom: staged ? 0 : null,
      segments: { createMany: { data: article.segments.map((segment: PreparedArticle["segments"][number] | AlignedArticle["segments"][number]) => withSourceHash(segment)) } },
    },
    select: SUMMARY,
  });
  if (aligned) await recordAlignment(tx, document.id, article as AlignedArticle, input.actor ?? HUMAN);
  if (staged) return document;
  const filled = aligned ? 0 : await applyTranslationMemory(document.id, tx);
  if (!aligned) await translationQueue().enqueue(tx, { documentId: document.id });
  // Names link to corpus-wide glossary entries before the worker runs, so its term check sees them.
  await recomputeDocumentEntitiesIn(tx, document.id);
  return filled > 0 ? tx.document.findUniqueOrThrow({ where: { id: document.id }, select: SUMMARY }) : document;
}

/** One `align` change for the document: the pairs were made together, by one run of the aligner. */
async function recordAlignment(tx: Tx, documentId: string, article: AlignedArticle, actor: Actor): Promise<void> {
  const body = article.segments.filter((s) => s.kind === "body");
  const oneSided = body.filter((s) => s.source === "" || s.target === null).length;
  const mean = body.length === 0 ? 0 : body.reduce((sum, s) => sum + s.alignConfidence, 0) / body.length;
  await recordChange(tx, {
    action: "align", actor, documentId, engine: "aligned", newStatus: "reference",
    details: { pairs: body.length, oneSided, meanConfidence: Math.round(mean * 1000) / 1000 },
  });
}

async function findByHash(contentHash: string) {
  const row = await db.document.findUnique({ where: { contentHash }, select: SUMMARY });
  return row ? { id: row.id, status: row.status, title: row.title } : null;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
