// Ranked sentence rows → documents with their best sentences. Documents keep the order
// of their best-ranked sentence; sentences inside one read in article order.
import type { DocumentStatus, SegmentStatus } from "@/lib/documents/types";
import { splitHighlight } from "./highlight-parts";
import type { SearchGroup } from "./types";

export type SearchRow = {
  segmentId: string;
  documentId: string;
  position: number;
  status: string;
  source: string;
  target: string | null;
  title: string;
  sourceName: string | null;
  documentStatus: string;
};

export function groupByDocument(rows: readonly SearchRow[], hitsPerDocument: number): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const row of rows) {
    let group = groups.get(row.documentId);
    if (!group) {
      group = {
        documentId: row.documentId,
        title: row.title,
        sourceName: row.sourceName,
        documentStatus: row.documentStatus as DocumentStatus,
        matchCount: 0,
        hits: [],
      };
      groups.set(row.documentId, group);
    }
    group.matchCount += 1;
    if (group.hits.length < hitsPerDocument) {
      group.hits.push({
        segmentId: row.segmentId,
        position: row.position,
        status: row.status as SegmentStatus,
        source: splitHighlight(row.source),
        target: row.target === null ? null : splitHighlight(row.target),
      });
    }
  }
  for (const group of groups.values()) group.hits.sort((a, b) => a.position - b.position);
  return [...groups.values()];
}
