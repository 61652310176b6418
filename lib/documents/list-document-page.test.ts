import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/documents/route";
import { db } from "@/lib/db";
import { seedDocument } from "@/lib/test/segment-seed";
import { DEFAULT_LIBRARY_FILTER } from "./library-filter";
import { listDocumentPage, type DocumentPage } from "./list-document-page";

beforeEach(async () => {
  await db.document.deleteMany();
});

/** `count` documents; every three share one creation time, so ids must break the ties. */
async function seedDocuments(count: number, from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + count; i++) {
    const { documentId } = await seedDocument([{ source: `Kalimat ${i}.`, paragraphIndex: 1 }], `Dokumen ${i}`);
    await db.document.update({ where: { id: documentId }, data: { createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(i / 3))) } });
    ids.push(documentId);
  }
  return ids;
}

async function page(query: Parameters<typeof listDocumentPage>[0]): Promise<DocumentPage> {
  const result = await listDocumentPage(query);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("listDocumentPage", () => {
  it("reads every document once across pages, newest first, while documents are added between pages", async () => {
    await seedDocuments(10);
    const seen: string[] = [];
    let cursor: string | undefined;
    let round = 0;
    do {
      const { documents, next } = await page({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...documents.map((d) => d.id));
      // Newer articles arrive while the reader pages on.
      if (round++ === 1) await seedDocuments(4, 100);
      cursor = next ?? undefined;
    } while (cursor);
    const expected = await db.document.findMany({ where: { createdAt: { lt: new Date(Date.UTC(2026, 0, 1, 0, 0, 30)) } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(expected.map((d) => d.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("pages oldest first too, and counts each page's own sentences", async () => {
    const ids = await seedDocuments(5);
    const first = await page({ limit: 2, filter: { ...DEFAULT_LIBRARY_FILTER, sort: "oldest" } });
    const second = await page({ limit: 10, cursor: first.next ?? "", filter: { ...DEFAULT_LIBRARY_FILTER, sort: "oldest" } });
    const oldestFirst = [...first.documents, ...second.documents];
    expect(new Set(oldestFirst.map((d) => d.id))).toEqual(new Set(ids));
    expect(oldestFirst.map((d) => d.createdAt)).toEqual([...oldestFirst.map((d) => d.createdAt)].sort());
    expect(second.next).toBeNull();
    expect(oldestFirst.every((d) => d.progress.total === 1 && d.progress.translated === 1)).toBe(true);
    expect(first.total).toBe(5);
  });

  it.each([
    ["a cursor it did not give out", "?cursor=bm90LWEtY3Vyc29y"],
    ["a limit of 0", "?limit=0"],
    ["a limit over the maximum", "?limit=201"],
    ["a limit that is not a number", "?limit=lots"],
  ])("answers 422 to %s", async (_name, query) => {
    const response = await GET(new Request(`http://localhost/api/documents${query}`));
    expect(response.status).toBe(422);
  });

  it("answers a page with the next cursor and the library's size", async () => {
    await seedDocuments(3);
    const body = (await (await GET(new Request("http://localhost/api/documents?limit=2"))).json()) as DocumentPage;
    expect(body.documents).toHaveLength(2);
    expect(body.total).toBe(3);
    expect(typeof body.next).toBe("string");
  });
});
