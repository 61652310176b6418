import "server-only";
// Whether a document is there and not in the trash, without reading any of its text.
import { db } from "@/lib/db";
import { LIVE_DOCUMENT } from "./live-documents";

export async function documentExists(id: string): Promise<boolean> {
  return (await db.document.findFirst({ where: { id, ...LIVE_DOCUMENT }, select: { id: true } })) !== null;
}
