// Search results as the API, the search page and the tests see them.
import type { DocumentStatus, SegmentStatus } from "@/lib/documents/types";
import type { HighlightPart } from "./highlight-parts";

export type SearchHit = {
  segmentId: string;
  position: number;
  status: SegmentStatus;
  source: HighlightPart[];
  target: HighlightPart[] | null;
};

export type SearchGroup = {
  documentId: string;
  title: string;
  sourceName: string | null;
  documentStatus: DocumentStatus;
  /** Matching sentences in this document (may exceed hits.length when cut). */
  matchCount: number;
  hits: SearchHit[];
};

export type SearchResult =
  | { ok: true; query: string; total: number; truncated: boolean; groups: SearchGroup[] }
  | { ok: false; code: "empty-query" | "query-too-long" | "invalid-query"; message: string };
