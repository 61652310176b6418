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

export type IngestInput = {
  text: string;
  title?: string | null;
  sourceUrl?: string | null;
  sourceName?: string | null;
  keepLines?: readonly string[];
  /** The text was pasted as HTML and read like a web page (the reader says so). */
  pastedHtml?: boolean;
};

export type IngestResult = { id: string; status: DocumentStatus; duplicate: boolean; title: string };

export async function ingestDocument(input: IngestInput): Promise<IngestResult> {
  const bytes = Buffer.byteLength(input.text, "utf8");
  if (bytes > MAX_INPUT_BYTES) {
    throw new AppError("too-large", `The text is ${formatMb(bytes)}; the limit is ${formatMb(MAX_INPUT_BYTES)}.`);
  }
  const article = await prepareArticleOffThread(input);
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
 * The document, every segment, the sentences filled from translation memory and the
 * glossary links are one transaction: a crash leaves all of it or none, never an edit
 * without its history or a document without its names.
 */
async function storeDocument(tx: Tx, article: PreparedArticle, input: IngestInput) {
  const document = await tx.document.create({
    data: {
      title: article.title,
      sourceName: input.sourceName ?? article.sourceName,
      sourceUrl: input.sourceUrl ?? null,
      dateline: article.dateline,
      rawText: input.text,
      report: article.report,
      contentHash: article.contentHash,
      status: "translating",
      segments: { createMany: { data: article.segments } },
    },
    select: SUMMARY,
  });
  const filled = await applyTranslationMemory(document.id, tx);
  await translationQueue().enqueue(tx, { documentId: document.id });
  // Names link to corpus-wide glossary entries before the worker runs, so its term check sees them.
  await recomputeDocumentEntitiesIn(tx, document.id);
  return filled > 0 ? tx.document.findUniqueOrThrow({ where: { id: document.id }, select: SUMMARY }) : document;
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
