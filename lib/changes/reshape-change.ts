// Change rows in the shape the history panel, the change lists and the API return.
import type { Change } from "@/lib/generated/prisma/client";
import type { HistoryEntry } from "@/lib/segments/types";
import { actionName } from "./action-names";

export function reshapeChange(row: Change): HistoryEntry {
  return {
    id: row.id,
    action: actionName(row.action),
    actor: row.actorName,
    actorKind: row.actorKind,
    engine: row.engine,
    target: row.newTarget,
    status: row.newStatus,
    oldTarget: row.oldTarget,
    oldStatus: row.oldStatus,
    oldSource: row.oldSource,
    newSource: row.newSource,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
