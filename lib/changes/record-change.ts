import "server-only";
// The only writer of the change log. Every operation that changes a segment or a
// document calls it inside its own transaction, so the log and the data never disagree.
import type { Db, Tx } from "@/lib/db";
import type { ChangeAction, SegmentStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actorColumns, type Actor } from "./actor";

export type ChangeInput = {
  action: ChangeAction;
  actor: Actor;
  documentId: string;
  segmentId?: string | null;
  engine?: string | null;
  oldTarget?: string | null;
  newTarget?: string | null;
  oldSource?: string | null;
  newSource?: string | null;
  oldStatus?: SegmentStatus | null;
  newStatus?: SegmentStatus | null;
  version?: number | null;
  details?: Prisma.InputJsonValue;
  createdAt?: Date;
};

export async function recordChanges(tx: Db | Tx, changes: readonly ChangeInput[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.change.createMany({ data: changes.map(toRow) });
}

export async function recordChange(tx: Db | Tx, change: ChangeInput): Promise<void> {
  await recordChanges(tx, [change]);
}

function toRow({ actor, ...change }: ChangeInput): Prisma.ChangeCreateManyInput {
  return { ...change, ...actorColumns(actor) };
}
