import "server-only";
// The worker's hook: engine output is checked against the glossary BEFORE the batch is
// written, so the stored target and its revision already carry any fix, and a sentence
// whose names cannot be fixed unambiguously is written with the "term-mismatch" flag.
import type { Tx } from "@/lib/db";
import { checkSegmentTerms, STORED_MENTION_SELECT } from "./check-segment-terms";
import { parseStringList, withFlag } from "@/lib/text/string-list";
import { TERM_MISMATCH_FLAG } from "./types";

export type TranslatedSentence = { segmentId: string; source: string; target: string };

/** The target to write and the segment's flags as stored JSON, one per input, in order. */
export type CheckedTranslation = { target: string; flags: string[] };

export async function checkTranslatedTerms(tx: Tx, sentences: readonly TranslatedSentence[]): Promise<CheckedTranslation[]> {
  if (sentences.length === 0) return [];
  const rows = await tx.segment.findMany({
    where: { id: { in: sentences.map((s) => s.segmentId) } },
    select: { id: true, flags: true, mentions: { select: STORED_MENTION_SELECT } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return sentences.map((sentence) => {
    const row = byId.get(sentence.segmentId);
    const check = checkSegmentTerms(sentence.source, sentence.target, row?.mentions ?? []);
    const flags = withFlag(parseStringList(row?.flags ?? "[]"), TERM_MISMATCH_FLAG, check.mismatches.length > 0);
    return { target: check.target, flags };
  });
}
