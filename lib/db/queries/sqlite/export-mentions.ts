import "server-only";
// The glossary mentions of one batch of segments, in one query, grouped by segment.
import type { ExportDatabase } from "./export-database";

export type ExportMention = {
  start: number;
  end: number;
  surface: string;
  entry: { source: string; target: string | null; type: string };
};

type MentionRow = { segmentId: string; start: number; end: number; surface: string; source: string; target: string | null; type: string };

export function readMentions(handle: ExportDatabase, segmentIds: readonly string[]): Map<string, ExportMention[]> {
  const rows = handle
    .prepare<[string], MentionRow>(`
      SELECT m.segmentId, m.start, m."end" AS "end", m.surface, g.source, g.target, g.type
      FROM EntityMention m JOIN GlossaryEntry g ON g.id = m.entryId
      WHERE m.segmentId IN (SELECT value FROM json_each(?))
      ORDER BY m.segmentId, m.start, m."end"`)
    .all(JSON.stringify(segmentIds));
  const bySegment = new Map<string, ExportMention[]>();
  for (const row of rows) {
    const list = bySegment.get(row.segmentId) ?? [];
    list.push({ start: row.start, end: row.end, surface: row.surface, entry: { source: row.source, target: row.target, type: row.type } });
    bySegment.set(row.segmentId, list);
  }
  return bySegment;
}
