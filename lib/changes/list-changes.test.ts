import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { updateSegmentTranslation } from "@/lib/segments/update-segment-translation";
import { GET as corpusChanges } from "@/app/api/changes/route";
import { GET as documentChanges } from "@/app/api/documents/[id]/changes/route";
import { GET as segmentHistory } from "@/app/api/segments/[id]/history/route";
import type { ChangeView } from "./types";

type Page = { changes: ChangeView[]; next: string | null };

const call = async (path: string, id?: string) => {
  const request = new Request(`http://localhost${path}`);
  const response = id === undefined ? await corpusChanges(request) : await documentChanges(request, { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Page & { error?: { code: string } } };
};

async function allPages(path: (before: string | null) => string, id?: string): Promise<ChangeView[]> {
  const seen: ChangeView[] = [];
  let before: string | null = null;
  for (let i = 0; i < 50; i++) {
    const { status, body } = await call(path(before), id);
    expect(status).toBe(200);
    seen.push(...body.changes);
    if (!body.next) return seen;
    before = body.next;
  }
  throw new Error("pagination never ended");
}

let documentId = "";
let otherId = "";
const sortedNewestFirst = (changes: readonly ChangeView[]) =>
  [...changes].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0));

beforeEach(async () => {
  await db.document.deleteMany();
  await db.change.deleteMany();
  documentId = (await ingestDocument({ text: "Judul Berita Pasar\n\nSatu kalimat.\n\nDua kalimat.\n\nTiga kalimat." })).id;
  otherId = (await ingestDocument({ text: "Judul Lain Sekali\n\nEmpat kalimat." })).id;
  for (const documentOf of [documentId, otherId]) {
    const segments = await db.segment.findMany({ where: { documentId: documentOf }, orderBy: { position: "asc" } });
    for (const [i, segment] of segments.entries()) {
      const edited = await updateSegmentTranslation({ id: segment.id, target: `Edit ${i}`, version: segment.version });
      if (!edited.ok) throw new Error(edited.message);
      if (i % 2 === 0) await updateSegmentTranslation({ id: segment.id, target: `Edit ${i}`, status: "approved", version: edited.segment.version });
    }
  }
  await db.change.updateMany({ where: { documentId: otherId }, data: { actorName: "siti" } });
});

describe("GET /api/changes", () => {
  it("pages through every change once, newest first, whatever the page size", async () => {
    const total = await db.change.count();
    for (const limit of [1, 3, 200]) {
      const changes = await allPages((before) => `/api/changes?limit=${limit}${before ? `&before=${before}` : ""}`);
      expect(changes).toHaveLength(total);
      expect(new Set(changes.map((c) => c.id)).size).toBe(total);
      expect(changes).toEqual(sortedNewestFirst(changes));
    }
  });

  it("filters by action and by actor, and names the document", async () => {
    const approvals = await allPages(() => "/api/changes?action=approve");
    expect(approvals.length).toBeGreaterThan(0);
    expect(approvals.every((c) => c.action === "approve")).toBe(true);
    const byActor = await allPages(() => "/api/changes?actor=siti");
    expect(byActor.length).toBe(await db.change.count({ where: { documentId: otherId } }));
    expect(byActor.every((c) => c.actor === "siti" && c.documentId === otherId && c.documentTitle === "Judul Lain Sekali")).toBe(true);
  });

  it.each([
    ["an unknown action", "/api/changes?action=destroy"],
    ["a forged cursor", "/api/changes?before=bm90LWEtY3Vyc29y"],
    ["a limit over the maximum", "/api/changes?limit=100000"],
    ["a limit of zero", "/api/changes?limit=0"],
  ])("answers 422 to %s", async (_name, path) => {
    const { status, body } = await call(path);
    expect(status).toBe(422);
    expect(body.error?.code).toBe("invalid-input");
  });
});

describe("GET /api/documents/:id/changes", () => {
  it("lists only that document's changes, newest first, in pages", async () => {
    const changes = await allPages((before) => `/api/documents/${documentId}/changes?limit=2${before ? `&before=${before}` : ""}`, documentId);
    expect(changes).toHaveLength(await db.change.count({ where: { documentId } }));
    expect(changes.every((c) => c.documentId === documentId)).toBe(true);
    expect(changes).toEqual(sortedNewestFirst(changes));
  });

  it("answers 404 for a document that never existed", async () => {
    expect((await call("/api/documents/nope/changes", "nope")).status).toBe(404);
  });
});

describe("GET /api/segments/:id/history", () => {
  it("gives each entry its action and actor", async () => {
    const segment = await db.segment.findFirstOrThrow({ where: { documentId, position: 0 } });
    const response = await segmentHistory(new Request("http://localhost"), { params: Promise.resolve({ id: segment.id }) });
    const body = (await response.json()) as { revisions: { action: string; actor: string; actorKind: string }[] };
    expect(body.revisions.map((r) => [r.action, r.actor, r.actorKind])).toEqual([
      ["approve", "human", "person"],
      ["edit", "human", "person"],
    ]);
  });

  it("still serves the log of a segment that is gone, and 404s an id never logged", async () => {
    const segment = await db.segment.findFirstOrThrow({ where: { documentId, position: 1 } });
    await db.segment.delete({ where: { id: segment.id } });
    const gone = await segmentHistory(new Request("http://localhost"), { params: Promise.resolve({ id: segment.id }) });
    expect(gone.status).toBe(200);
    expect(((await gone.json()) as { segment: unknown; revisions: unknown[] })).toMatchObject({ segment: null, revisions: [{ action: "edit" }] });
    const never = await segmentHistory(new Request("http://localhost"), { params: Promise.resolve({ id: "nope" }) });
    expect(never.status).toBe(404);
  });
});
