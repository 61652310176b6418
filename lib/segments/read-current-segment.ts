import "server-only";
// The state a losing save is shown in its 409: the segment as it is now and who wrote
// its newest change (an engine id, "memory", or a person's name).
import type { Db, Tx } from "@/lib/db";
import type { CurrentSegment } from "./types";

export async function readCurrentSegment(client: Db | Tx, id: string): Promise<CurrentSegment | null> {
  const row = await client.segment.findUnique({
    where: { id },
    select: { id: true, target: true, status: true, version: true, updatedAt: true },
  });
  if (!row) return null;
  const latest = await client.change.findFirst({
    where: { segmentId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorName: true },
  });
  return {
    id: row.id,
    target: row.target,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    origin: latest?.actorName ?? null,
  };
}
