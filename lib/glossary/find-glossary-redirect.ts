import "server-only";
// The entry a merged-away entry's id now belongs to, if that entry still exists.
import { db } from "@/lib/db";

export async function findGlossaryRedirect(id: string): Promise<string | null> {
  const redirect = await db.glossaryRedirect.findUnique({ where: { fromId: id }, select: { toId: true } });
  if (!redirect) return null;
  const target = await db.glossaryEntry.findUnique({ where: { id: redirect.toId }, select: { id: true } });
  return target?.id ?? null;
}
