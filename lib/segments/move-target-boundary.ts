import "server-only";
// Fixes an alignment by moving the English boundary between two neighbouring pairs, the
// Indonesian staying put: "join with the next English sentence" is a cut at the end of both
// English texts, "split this English sentence here" a cut inside the first. The two texts are
// joined and cut again at `at`; each side's words stay in order, none is lost. Logged as align.
import { db, type Tx } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import { writeSegment } from "./conditional-write";
import { shiftPositionsAfter } from "./shift-positions";
import { joinEnglish } from "@/lib/text/align/english-boundary";
import { readPairWithNext } from "./read-pair-with-next";
import { failure, type OperationResult } from "@/lib/operation-result";
import { HUMAN, type Actor } from "@/lib/changes/actor";
import type { SavedSegment } from "./types";

export type MoveBoundaryInput = { id: string; version: number; nextVersion: number; at: number; actor?: Actor };
export type MoveBoundaryResult = { first: SavedSegment; next: SavedSegment | null; affectedSegmentIds: string[] };

export async function moveTargetBoundary(input: MoveBoundaryInput): Promise<OperationResult<MoveBoundaryResult>> {
  const actor = input.actor ?? HUMAN;
  return db.$transaction(async (tx) => {
    // Waits while the article links: a move may delete an emptied English-only pair and shift the rest.
    const pair = await readPairWithNext(tx, input.id);
    if (!pair.ok) return pair;
    const { first, next } = pair;
    if (!next || next.kind !== first.kind) return failure("invalid-input", "There is no next sentence pair to move the English boundary into.");
    // Checked before any write: a failure returned after the first write would still commit it.
    if (next.version !== input.nextVersion) return failure("version-conflict", "The next sentence was changed by someone else; reload it first.");
    const combined = joinEnglish(first.target, next.target);
    if (!Number.isInteger(input.at) || input.at < 0 || input.at > combined.length) return failure("invalid-input", "The boundary is outside the English text.");
    const head = combined.slice(0, input.at).trim() || null;
    const tail = combined.slice(input.at).trim() || null;
    const details = { boundaryWith: next.id, at: input.at };
    const written = await writeSegment(tx, { id: first.id, version: input.version, target: head, status: first.status, action: "align", actor, keepReviewer: true, details });
    if (!written.ok) return written;
    // An English-only pair left with no English is nothing at all: it goes, and the rest move up.
    if (next.source === "" && tail === null) {
      await settleConfidence(tx, [{ ...first, target: head }]);
      await tx.segment.delete({ where: { id: next.id } });
      await shiftPositionsAfter(tx, next.documentId, next.position, -1);
      return { ok: true, first: written.segment, next: null, affectedSegmentIds: [first.id, next.id] };
    }
    const after = await writeSegment(tx, { id: next.id, version: input.nextVersion, target: tail, status: next.status, action: "align", actor, keepReviewer: true, details: { boundaryWith: first.id, at: input.at } });
    if (!after.ok) return after;
    await settleConfidence(tx, [{ ...first, target: head }, { ...next, target: tail }]);
    return { ok: true, first: written.segment, next: after.segment, affectedSegmentIds: [first.id, next.id] };
  }, WRITE_TRANSACTION);
}

type PairAfter = { id: string; source: string; target: string | null; alignConfidence: number | null };

/**
 * A person placed this boundary, so the aligner's doubt no longer applies: a two-sided
 * pair is sure (1), a one-sided one stays a gap (0), and the reader stops marking it.
 * Pairs that never came from the aligner (no confidence) are left without one.
 */
async function settleConfidence(tx: Tx, pairs: readonly PairAfter[]): Promise<void> {
  for (const pair of pairs) {
    if (pair.alignConfidence === null) continue;
    const sure = pair.source !== "" && pair.target !== null ? 1 : 0;
    await tx.segment.update({ where: { id: pair.id }, data: { alignConfidence: sure } });
  }
}
