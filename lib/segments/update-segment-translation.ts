import "server-only";
// Saves a person's correction. The save names the version it started from; a stale
// version is a conflict value carrying the current text, never a silent overwrite.
import { db } from "@/lib/db";
import { WRITE_TRANSACTION } from "./transaction-options";
import { writeSegment } from "./conditional-write";
import type { OperationResult } from "@/lib/operation-result";
import type { HumanStatus, SavedSegment } from "./types";
import type { Actor } from "@/lib/changes/actor";

export type SegmentCorrection = { id: string; target: string; status?: HumanStatus; version: number; actor?: Actor };

export async function updateSegmentTranslation(input: SegmentCorrection): Promise<OperationResult<{ segment: SavedSegment }>> {
  return db.$transaction((tx) =>
    writeSegment(tx, { id: input.id, version: input.version, target: input.target, status: input.status ?? "edited", ...(input.actor ? { actor: input.actor } : {}) }),
    WRITE_TRANSACTION,
  );
}
