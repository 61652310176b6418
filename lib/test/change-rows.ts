// Test reads of the change log in the shape older tests asserted on revisions:
// version, who wrote it (origin), the status and text it left.
import { db } from "@/lib/db";
import type { ChangeAction } from "@/lib/generated/prisma/enums";

export async function changeRows(segmentId: string, where: { actorName?: string; action?: ChangeAction } = {}) {
  const rows = await db.change.findMany({ where: { segmentId, ...where }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({ ...r, origin: r.actorName, status: r.newStatus, target: r.newTarget }));
}
