import "server-only";
// Re-runs the term check on stored translations after the glossary changed. A machine
// translation may be fixed again (a new revision records it); a person's translation is
// never rewritten, it only gains or loses the "term-mismatch" flag.
import type { SegmentStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { checkSegmentTerms, STORED_MENTION_SELECT } from "./check-segment-terms";
import { parseStringList, withFlag } from "@/lib/text/string-list";
import { TERM_MISMATCH_FLAG } from "./types";
import { engineActor } from "@/lib/changes/actor";
import { recordChange } from "@/lib/changes/record-change";

export type RecheckResult = { fixed: number; flagged: number };

/** The actor of a fix written by the term check rather than an engine or a person. */
export const GLOSSARY_ORIGIN = "glossary";

// Keeps each IN (...) list well under SQLite's bound-parameter limit.
const CHUNK = 500;

export async function recheckSegmentTerms(tx: Tx, segmentIds: readonly string[]): Promise<RecheckResult> {
  const result: RecheckResult = { fixed: 0, flagged: 0 };
  for (let i = 0; i < segmentIds.length; i += CHUNK) {
    const rows = await tx.segment.findMany({
      where: { id: { in: segmentIds.slice(i, i + CHUNK) }, target: { not: null }, status: { not: "pending" } },
      select: { id: true, documentId: true, engine: true, source: true, target: true, status: true, version: true, flags: true, mentions: { select: STORED_MENTION_SELECT } },
    });
    for (const row of rows) await recheckOne(tx, { ...row, target: row.target ?? "" }, result);
  }
  return result;
}

type Row = { id: string; documentId: string; engine: string | null; source: string; target: string; status: SegmentStatus; version: number; flags: unknown; mentions: Parameters<typeof checkSegmentTerms>[2] };

async function recheckOne(tx: Tx, row: Row, result: RecheckResult): Promise<void> {
  const check = checkSegmentTerms(row.source, row.target, row.mentions);
  const machine = row.status === "machine";
  // A person's text keeps its wording, so a fix the check would have made is a mismatch there.
  const mismatch = check.mismatches.length > 0 || (!machine && check.fixed);
  const before = parseStringList(row.flags);
  const flags = withFlag(before, TERM_MISMATCH_FLAG, mismatch);
  if (mismatch) result.flagged += 1;
  if (machine && check.target !== row.target) {
    const updated = await tx.segment.updateMany({
      where: { id: row.id, version: row.version, status: "machine" },
      data: { target: check.target, flags, version: { increment: 1 } },
    });
    if (updated.count === 0) return;
    await recordChange(tx, {
      action: "glossary_fix", actor: engineActor(GLOSSARY_ORIGIN), documentId: row.documentId, segmentId: row.id,
      engine: row.engine, oldTarget: row.target, newTarget: check.target, oldStatus: "machine", newStatus: "machine", version: row.version + 1,
    });
    result.fixed += 1;
  } else if (flags.join("\n") !== before.join("\n")) {
    await tx.segment.update({ where: { id: row.id }, data: { flags } });
  }
}
