import "server-only";
// The whole glossary with how often each entry is mentioned, optionally filtered by type
// and by a search over the Indonesian, its spellings and the English. Most-mentioned first.
import { db } from "@/lib/db";
import { LIVE_DOCUMENT } from "@/lib/documents/live-documents";
import { loadSuppressedKeys } from "./suppressed-keys";
import { foldSearch } from "./fold-search";
import { countMentions } from "./count-mentions";
import { NO_COUNTS, reshapeEntry } from "./reshape-entry";
import type { GlossaryEntrySummary, GlossaryFilter } from "./types";

export async function listGlossary(filter: GlossaryFilter = {}): Promise<GlossaryEntrySummary[]> {
  const suppressed = await loadSuppressedKeys(db);
  const [rows, counts] = await Promise.all([
    db.glossaryEntry.findMany({
      where: {
        ...(filter.type ? { type: filter.type } : {}),
        // Hidden: entries marked "Not a name", and entries named only in trashed documents.
        key: { notIn: [...suppressed] },
        OR: [{ mentions: { none: {} } }, { mentions: { some: { document: LIVE_DOCUMENT } } }],
      },
      orderBy: { source: "asc" },
    }),
    countMentions(null),
  ]);
  const needle = foldSearch(filter.query ?? "");
  return rows
    .map((row) => reshapeEntry(row, counts.get(row.id) ?? NO_COUNTS))
    .filter((entry) => needle === "" || [entry.source, entry.target ?? "", ...entry.variants].some((text) => foldSearch(text).includes(needle)))
    .sort((a, b) => b.mentionCount - a.mentionCount || a.source.localeCompare(b.source, "id"));
}
