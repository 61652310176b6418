// Glossary rows → the app's shapes. The only place that knows both.
import { asEntityType, asTargetOrigin } from "./entry-fields";
import { parseStringList } from "@/lib/text/string-list";
import type { GlossaryEntryDetail, GlossaryEntrySummary, GlossaryMention } from "./types";

export type EntryRow = {
  id: string;
  key: string;
  source: string;
  variants: string;
  type: string;
  target: string | null;
  targetOrigin: string;
  doNotTranslate: boolean;
  notes: string | null;
};

export type EntryCounts = { documentCount: number; mentionCount: number };

export const NO_COUNTS: EntryCounts = { documentCount: 0, mentionCount: 0 };

export function reshapeEntry(row: EntryRow, counts: EntryCounts): GlossaryEntrySummary {
  return {
    id: row.id,
    source: row.source,
    variants: parseStringList(row.variants),
    type: asEntityType(row.type),
    target: row.target,
    doNotTranslate: row.doNotTranslate,
    documentCount: counts.documentCount,
    mentionCount: counts.mentionCount,
  };
}

export function reshapeEntryDetail(row: EntryRow, counts: EntryCounts, mentions: GlossaryMention[]): GlossaryEntryDetail {
  return { ...reshapeEntry(row, counts), key: row.key, targetOrigin: asTargetOrigin(row.targetOrigin), notes: row.notes, mentions };
}
