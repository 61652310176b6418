// Test data for segment operations: a document whose sentences are already translated,
// written straight to the database so each test states exactly the state it needs.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { textHash } from "@/lib/text/text-hash";
import type { SegmentStatus } from "@/lib/documents/types";

export type FixtureSegment = { source: string; target?: string | null; status?: SegmentStatus; paragraphIndex?: number };

export async function seedDocument(segments: readonly FixtureSegment[], title = "Dokumen uji") {
  const document = await db.document.create({
    data: { title, rawText: title, contentHash: randomUUID(), status: "ready", engine: "draft:lexicon" },
  });
  const ids: string[] = [];
  for (const [position, s] of segments.entries()) {
    const status = s.status ?? "machine";
    const target = s.target === undefined ? (status === "pending" ? null : `EN ${s.source}`) : s.target;
    const row = await db.segment.create({
      data: {
        documentId: document.id,
        position,
        paragraphIndex: s.paragraphIndex ?? 0,
        source: s.source,
        sourceHash: textHash(s.source),
        target,
        status,
        engine: status === "pending" ? null : "draft:lexicon",
        version: status === "pending" ? 0 : 1,
        reviewedBy: status === "edited" || status === "approved" ? "human" : null,
      },
    });
    if (status !== "pending") {
      const engine = status === "machine" || status === "memory";
      await db.change.create({
        data: {
          action: status === "machine" ? "machine" : status === "memory" ? "memory" : status === "approved" ? "approve" : "edit",
          documentId: document.id, segmentId: row.id, actorKind: engine ? "engine" : "person",
          actorName: status === "machine" ? "draft:lexicon" : status === "memory" ? "memory" : "human",
          engine: "draft:lexicon", newTarget: target, newStatus: status, version: 1,
        },
      });
    }
    ids.push(row.id);
  }
  return { documentId: document.id, ids };
}

export function idAt(ids: readonly string[], index: number): string {
  const id = ids[index];
  if (!id) throw new Error(`fixture has no segment ${index}`);
  return id;
}
