// The term check of one sentence against the glossary, from the stored mentions: every
// entity's English rendering should appear in the translation (lib/text/entities checkTerms).
// Pure, so the worker (before it writes a batch) and a glossary edit (afterwards) share it.
import type { EntityType } from "@/lib/generated/prisma/enums";
import { checkTerms, type EntityMatch, type TermCheck, type TermEntry } from "@/lib/text/entities";
import { renderingOf } from "./entry-fields";
import { parseStringList } from "@/lib/text/string-list";

/** What a stored mention brings along: its offsets and its glossary entry. */
export type StoredMention = {
  start: number;
  end: number;
  surface: string;
  entry: { key: string; source: string; variants: unknown; type: EntityType; target: string | null; doNotTranslate: boolean };
};

/** The Prisma select that yields StoredMention rows. */
export const STORED_MENTION_SELECT = {
  start: true,
  end: true,
  surface: true,
  entry: { select: { key: true, source: true, variants: true, type: true, target: true, doNotTranslate: true } },
} as const;

export function checkSegmentTerms(source: string, target: string, mentions: readonly StoredMention[]): TermCheck {
  if (mentions.length === 0 || target.trim() === "") return { target, fixed: false, mismatches: [] };
  const entries = new Map<string, TermEntry>();
  for (const { entry } of mentions) {
    const target = renderingOf(entry);
    if (target === null || entries.has(entry.key)) continue;
    const surfaces = [entry.source, ...parseStringList(entry.variants)];
    entries.set(entry.key, { key: entry.key, surfaces, target, doNotTranslate: entry.doNotTranslate });
  }
  const matches: EntityMatch[] = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    surface: m.surface,
    key: m.entry.key,
    canonical: m.entry.source,
    type: m.entry.type,
    target: renderingOf(m.entry),
  }));
  return checkTerms(source, target, [...entries.values()], matches);
}
