import "server-only";
// The state a losing save is shown in its 409: the segment as it is now and the origin
// of its latest revision (the engine, "memory" or "human").
import type { Db, Tx } from "@/lib/db";
import type { SegmentStatus } from "@/lib/documents/types";
import type { CurrentSegment } from "./types";

export async function readCurrentSegment(client: Db | Tx, id: string): Promise<CurrentSegment | null> {
  const row = await client.segment.findUnique({
    where: { id },
    select: {
      id: true,
      target: true,
      status: true,
      version: true,
      updatedAt: true,
      revisions: { orderBy: [{ version: "desc" }, { createdAt: "desc" }], take: 1, select: { origin: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    target: row.target,
    status: row.status as SegmentStatus,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    origin: row.revisions[0]?.origin ?? null,
  };
}
