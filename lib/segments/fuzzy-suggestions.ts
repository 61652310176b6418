import "server-only";
// Up to three reviewed sentences similar to the one in focus, for the editor to offer.
// The FTS5 index narrows the corpus first (a length window and at least one shared
// distinctive word, which similarity.ts proves every match must have, in a reviewed
// sentence of a document not in the trash); only those are scored.
import { db } from "@/lib/db";
import { findFuzzyCandidates, type FuzzyCandidateRow } from "@/lib/db/queries/sqlite/fuzzy-candidates";
import { segmentStatusOf } from "@/lib/documents/status-of";
import { requiredWords, sentenceSimilarity, similarityPercent, similarityWords, wordCountWindow } from "@/lib/text/similarity";
import { segmentNotFound, type OperationResult } from "@/lib/operation-result";
import type { FuzzySuggestion } from "./types";

export type { FuzzySuggestion };

export const SUGGESTION_THRESHOLD = 0.75;
const MAX_SUGGESTIONS = 3;
// Enough to find the best few among common phrasings without scoring half the corpus.
const MAX_CANDIDATES = 400;

export async function findFuzzySuggestions(id: string): Promise<OperationResult<{ suggestions: FuzzySuggestion[] }>> {
  const segment = await db.segment.findUnique({ where: { id }, select: { source: true } });
  if (!segment) return segmentNotFound();
  const words = requiredWords(segment.source, SUGGESTION_THRESHOLD);
  if (words.length === 0) return { ok: true, suggestions: [] };
  const count = similarityWords(segment.source).length;
  const window = wordCountWindow(count, SUGGESTION_THRESHOLD);
  // Characters only loosely follow words, so the SQL window is wide; the exact word-count
  // window is applied below before scoring.
  const length = segment.source.length;
  const rows = await findFuzzyCandidates({
    excludeId: id,
    words,
    minLength: Math.floor(length / 2),
    maxLength: length * 2,
    limit: MAX_CANDIDATES,
  });
  return { ok: true, suggestions: rankSuggestions(segment.source, rows, window) };
}

function rankSuggestions(source: string, rows: readonly FuzzyCandidateRow[], window: { min: number; max: number }): FuzzySuggestion[] {
  const seen = new Set<string>();
  const scored: FuzzySuggestion[] = [];
  for (const row of rows) {
    const key = `${row.source}\u0000${row.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const wordCount = similarityWords(row.source).length;
    if (wordCount < window.min || wordCount > window.max) continue;
    const similarity = sentenceSimilarity(source, row.source);
    if (similarity < SUGGESTION_THRESHOLD) continue;
    const status = segmentStatusOf(row.status);
    scored.push({ segmentId: row.id, source: row.source, target: row.target, status, similarity, percent: similarityPercent(similarity) });
  }
  return scored
    .sort((a, b) => b.similarity - a.similarity || Number(b.status === "approved") - Number(a.status === "approved"))
    .slice(0, MAX_SUGGESTIONS);
}
