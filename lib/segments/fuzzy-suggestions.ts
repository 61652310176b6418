import "server-only";
// Up to three reviewed sentences, or imported memory units, similar to the one in focus,
// for the editor to offer. The database's indexes (FTS5 on SQLite, pg_trgm on PostgreSQL)
// narrow the corpus first (a length window and at least one shared distinctive word, which
// similarity.ts proves every match must have, in a reviewed sentence of a document not in
// the trash, or in an imported unit); only those are scored.
import { db } from "@/lib/db";
import { dialect } from "@/lib/db/queries/dialect";
import { segmentStatusOf } from "@/lib/documents/status-of";
import { importOrigin } from "@/lib/memory/types";
import { requiredWords, sentenceSimilarity, similarityPercent, similarityWords, wordCountWindow } from "@/lib/text/similarity";
import { segmentNotFound, type OperationResult } from "@/lib/operation-result";
import type { FuzzySuggestion } from "./types";

export type { FuzzySuggestion };

export const SUGGESTION_THRESHOLD = 0.75;
const MAX_SUGGESTIONS = 3;
// Enough to find the best few among common phrasings without scoring half the corpus.
const MAX_CANDIDATES = 400;

type Candidate = Omit<FuzzySuggestion, "similarity" | "percent">;

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
  const query = { text: segment.source, words, minLength: Math.floor(length / 2), maxLength: length * 2, limit: MAX_CANDIDATES };
  const queries = dialect();
  const [rows, units] = await Promise.all([queries.findFuzzyCandidates({ ...query, excludeId: id }), queries.findFuzzyUnitCandidates(query)]);
  const candidates: Candidate[] = [
    ...rows.map((row) => ({ segmentId: row.id, unitId: null, origin: null, source: row.source, target: row.target, status: segmentStatusOf(row.status) })),
    ...units.map((unit) => ({ segmentId: null, unitId: unit.id, origin: importOrigin(unit.fileName), source: unit.source, target: unit.target, status: "memory" as const })),
  ];
  return { ok: true, suggestions: rankSuggestions(segment.source, candidates, window) };
}

// On equal similarity: approved sentences, then edited ones, then imported units.
const PREFERENCE = { approved: 2, edited: 1 } as Partial<Record<string, number>>;

function rankSuggestions(source: string, candidates: readonly Candidate[], window: { min: number; max: number }): FuzzySuggestion[] {
  const seen = new Set<string>();
  const scored: FuzzySuggestion[] = [];
  for (const candidate of candidates) {
    const key = `${candidate.source}\u0000${candidate.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const wordCount = similarityWords(candidate.source).length;
    if (wordCount < window.min || wordCount > window.max) continue;
    const similarity = sentenceSimilarity(source, candidate.source);
    if (similarity < SUGGESTION_THRESHOLD) continue;
    scored.push({ ...candidate, similarity, percent: similarityPercent(similarity) });
  }
  return scored
    .sort((a, b) => b.similarity - a.similarity || (PREFERENCE[b.status] ?? 0) - (PREFERENCE[a.status] ?? 0))
    .slice(0, MAX_SUGGESTIONS);
}
