// The dialect boundary: every raw SQL query of the app, as one typed interface with an
// implementation per provider (sqlite/, postgres/). Callers go through dialect()
// (./dialect.ts) and never see SQL; Prisma does everything else. The PostgreSQL side gives
// the same answers as SQLite's, which the behaviour tests check on both (lib/test/providers.ts).
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchRow } from "@/lib/search/group-results";
import type { PairFilter } from "@/lib/export/export-options";
import type { BatchSizes, ExportMention, ExportStats, GlossaryRow, Pair } from "@/lib/export/export-rows";

/** The user's search, made safe (lib/search/fts-query.ts): FTS5's MATCH text and the plain terms. */
export type SearchTerms = { match: string; terms: readonly string[] };

export type FuzzyCandidateQuery = {
  /** The sentence in focus: PostgreSQL ranks candidates by their trigram similarity to it. */
  text: string;
  /** The sentence in focus, never its own suggestion. */
  excludeId: string;
  /** A candidate must contain at least one of these words (in its source). */
  words: readonly string[];
  minLength: number;
  maxLength: number;
  limit: number;
};

export type FuzzyCandidateRow = { id: string; source: string; target: string; status: string };
export type FuzzyUnitRow = { id: number; source: string; target: string; fileName: string };
export type ConcordanceRow = { segmentId: string; documentId: string; documentTitle: string; source: string; target: string | null };
export type MentionCountRow = { entryId: string; mentionCount: number; documentCount: number };

/** Reads of one export or one statistics answer, all in a single read snapshot of the corpus. */
export type ExportSnapshot = {
  /** Names the database, so a process never mixes two databases' cached statistics. */
  readonly database: string;
  /** The selected pairs in export order (document createdAt, document id, position). */
  pairBatches(filter: PairFilter, sizes?: BatchSizes): AsyncGenerator<Pair[]>;
  /** The glossary mentions of these segments, grouped by segment, in text order. */
  mentions(segmentIds: readonly string[]): Promise<Map<string, ExportMention[]>>;
  /** Glossary entries not marked "Not a name", by key (byte order). */
  glossaryBatches(): AsyncGenerator<GlossaryRow[]>;
  hasGlossaryEntries(): Promise<boolean>;
  documentTitles(documentIds: readonly string[]): Promise<{ id: string; title: string }[]>;
  /** Bumped by triggers on every change an export counts; -1 before that migration. */
  corpusVersion(): Promise<number>;
  countStats(filter: PairFilter): Promise<ExportStats>;
  countDraftsLeftOut(filter: PairFilter): Promise<number>;
  hasPairs(filter: PairFilter): Promise<boolean>;
  /** Whether counting would hold the event loop long enough to belong in a worker thread. */
  countsOffThread(thresholdRows: number): Promise<boolean>;
};

export type Dialect = {
  /** Best matches first, at most `limit`, with the matched words marked (highlight-parts.ts). */
  searchSegments(query: SearchTerms, limit: number): Promise<SearchRow[]>;
  rebuildSearchIndex(): Promise<void>;
  findFuzzyCandidates(query: FuzzyCandidateQuery): Promise<FuzzyCandidateRow[]>;
  findFuzzyUnitCandidates(query: Omit<FuzzyCandidateQuery, "excludeId">): Promise<FuzzyUnitRow[]>;
  rootConcordance(forms: readonly string[], limit: number): Promise<ConcordanceRow[]>;
  countMentions(entryIds: readonly string[] | null, client: Db | Tx): Promise<MentionCountRow[]>;
  readChangeSequence(): Promise<number>;
  /** A streaming export: `read` runs inside one snapshot, released however it ends. */
  withExportSnapshot<T>(read: (snapshot: ExportSnapshot) => AsyncGenerator<T>): AsyncGenerator<T>;
  /** Short reads (statistics, checks) inside one snapshot. */
  readExportSnapshot<T>(read: (snapshot: ExportSnapshot) => Promise<T>): Promise<T>;
  /** Saved words of `userId` whose word, root, gloss or sentence holds `text`, in any ASCII case. */
  savedWordsContaining(userId: string, text: string): Promise<Prisma.SavedWordWhereInput>;
  /** Documents (trashed ones too) with a sentence holding any of `texts`, in any ASCII case. */
  documentsContaining(texts: readonly string[]): Promise<string[]>;
};
