import "server-only";
import { db } from "@/lib/db";
import { reshapeDocument } from "./reshape-document";
import type { DocumentView } from "./types";

export async function getDocument(id: string): Promise<DocumentView | null> {
  const row = await db.document.findUnique({
    where: { id },
    include: { segments: { orderBy: { position: "asc" } } },
  });
  return row ? reshapeDocument(row, row.segments) : null;
}
