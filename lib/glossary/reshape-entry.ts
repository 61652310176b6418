// Glossary rows → the app's shapes. The only place that knows both.
import { parseStringList } from "@/lib/text/string-list";
import type { EntityType, TargetOrigin } from "@/lib/generated/prisma/enums";
import type { GlossaryEntryDetail, GlossaryEntrySummary, GlossaryMention } from "./types";

export type EntryRow = {
  id: string;
  key: string;
  source: string;
  variants: unknown;
  type: EntityType;
  target: string | null;
  targetOrigin: TargetOrigin;
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
    type: row.type,
    target: row.target,
    doNotTranslate: row.doNotTranslate,
    documentCount: counts.documentCount,
    mentionCount: counts.mentionCount,
  };
}

export function reshapeEntryDetail(row: EntryRow, counts: EntryCounts, mentions: GlossaryMention[]): GlossaryEntryDetail {
  return { ...reshapeEntry(row, counts), key: row.key, targetOrigin: row.targetOrigin, notes: row.notes, mentions };
}
