// What the reader marks in one sentence pair: each mention on the Indonesian side, and
// where the entity's English rendering occurs on the English side (markRenderings).
import { markRenderings, type EntityType } from "@/lib/text/entities";
import { renderingOf } from "./entry-fields";

export type MentionMark = { start: number; end: number; entryId: string; type: EntityType; target: string | null };
export type TargetMark = { start: number; end: number; entryId: string };

/** A stored mention with just enough of its entry to mark it. */
export type MentionRow = {
  start: number;
  end: number;
  entryId: string;
  entry: { key: string; source: string; type: EntityType; target: string | null; doNotTranslate: boolean };
};

export const MENTION_ROW_SELECT = {
  start: true,
  end: true,
  entryId: true,
  entry: { select: { key: true, source: true, type: true, target: true, doNotTranslate: true } },
} as const;

export function mentionMarks(mentions: readonly MentionRow[]): MentionMark[] {
  return [...mentions]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ start: m.start, end: m.end, entryId: m.entryId, type: m.entry.type, target: renderingOf(m.entry) }));
}

export function targetMarks(target: string | null, mentions: readonly MentionRow[]): TargetMark[] {
  if (!target || mentions.length === 0) return [];
  const byKey = new Map<string, { entryId: string; rendering: string }>();
  for (const m of mentions) {
    const rendering = renderingOf(m.entry);
    if (rendering && !byKey.has(m.entry.key)) byKey.set(m.entry.key, { entryId: m.entryId, rendering });
  }
  const spans = markRenderings(target, [...byKey].map(([key, { rendering }]) => ({ key, target: rendering })));
  return spans.flatMap((span) => {
    const entryId = byKey.get(span.key)?.entryId;
    return entryId ? [{ start: span.start, end: span.end, entryId }] : [];
  });
}
