import "server-only";
// The glossary mentions of one batch of segments, in one query, grouped by segment.
import { groupMentions, type ExportMention, type MentionRow } from "@/lib/export/export-rows";
import type { ExportDatabase } from "./export-snapshot";

export function readMentions(handle: ExportDatabase, segmentIds: readonly string[]): Map<string, ExportMention[]> {
  const rows = handle
    .prepare<[string], MentionRow>(`
      SELECT m.segmentId, m.start, m."end" AS "end", m.surface, g.source, g.target, g.type
      FROM EntityMention m JOIN GlossaryEntry g ON g.id = m.entryId
      WHERE m.segmentId IN (SELECT value FROM json_each(?))
      ORDER BY m.segmentId, m.start, m."end"`)
    .all(JSON.stringify(segmentIds));
  return groupMentions(rows);
}
