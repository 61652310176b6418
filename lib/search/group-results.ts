// Ranked sentence rows → documents with their best sentences. Documents keep the order
// of their best-ranked sentence; sentences inside one read in article order.
import { documentStatusOf, segmentStatusOf } from "@/lib/documents/status-of";
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
        documentStatus: documentStatusOf(row.documentStatus),
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
        status: segmentStatusOf(row.status),
        source: splitHighlight(row.source),
        target: row.target === null ? null : splitHighlight(row.target),
      });
    }
  }
  for (const group of groups.values()) group.hits.sort((a, b) => a.position - b.position);
  return [...groups.values()];
}
