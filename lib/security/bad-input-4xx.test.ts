// Input that used to end in a 500 (issue 12, "Bad input that still gives a 500"): each
// now gets a clear 4xx through the app's own route handlers, and nothing is stored.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { POST as ingest } from "@/app/api/documents/route";
import { PATCH as saveSegment } from "@/app/api/segments/[id]/route";
import { PATCH as editEntry } from "@/app/api/glossary/[id]/route";
import { POST as splitEntry } from "@/app/api/glossary/[id]/split/route";
import { GET as search } from "@/app/api/search/route";
import { GET as exportDocument } from "@/app/api/documents/[id]/export/route";

const LONE = "\ud800";
const ARTICLE = "Harga Cabai Naik\n\nHarga cabai di pasar tradisional naik tajam pekan ini. Pedagang mengeluhkan pasokan.";
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

type ErrorBody = { error: { code: string; message: string } };

async function expectClear4xx(response: Response, status = 422, code = "invalid-input"): Promise<string> {
  const body = (await response.json()) as ErrorBody;
  expect({ status: response.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error.message;
}

beforeEach(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
});

describe("a lone UTF-16 surrogate (valid JSON) in a text field", () => {
  it.each<[string, Record<string, unknown>]>([
    ["document text", { text: `${ARTICLE} ${LONE}` }],
    ["document title", { text: ARTICLE, title: `Judul ${LONE}` }],
    ["the title sent with a URL", { url: "https://example.com/berita", title: `Judul ${LONE}` }],
  ])("%s → 422, nothing stored", async (_name, body) => {
    const message = await expectClear4xx(await ingest(new Request("http://127.0.0.1/api/documents", json("POST", body))));
    expect(message).toMatch(/surrogate/);
    expect(await db.document.count()).toBe(0);
  });

  it("a segment save → 422, the segment unchanged", async () => {
    const { ids } = await seedDocument([{ source: "Harga cabai naik." }]);
    const id = idAt(ids, 0);
    await expectClear4xx(await saveSegment(new Request(`http://127.0.0.1/api/segments/${id}`, json("PATCH", { target: `Chili ${LONE}`, version: 1 })), params(id)));
    expect(await db.segment.findUniqueOrThrow({ where: { id } })).toMatchObject({ target: "EN Harga cabai naik.", version: 1 });
    expect(await db.change.count({ where: { segmentId: id } })).toBe(1);
  });

  it.each<[string, Record<string, unknown>]>([
    ["rendering", { target: `Jakarta ${LONE}` }],
    ["notes", { notes: `catatan ${LONE}` }],
    ["source", { source: `Jakarta${LONE}` }],
  ])("a glossary edit of the %s → 422, the entry unchanged", async (_name, body) => {
    const entry = await db.glossaryEntry.create({ data: { key: `jakarta ${randomUUID()}`, source: "Jakarta", target: "Jakarta", type: "place" } });
    await expectClear4xx(await editEntry(new Request(`http://127.0.0.1/api/glossary/${entry.id}`, json("PATCH", body)), params(entry.id)));
    expect(await db.glossaryEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ source: "Jakarta", target: "Jakarta", notes: null });
  });

  it("a glossary split → 422", async () => {
    const entry = await db.glossaryEntry.create({ data: { key: `korut ${randomUUID()}`, source: "Korea Utara", variants: '["Korut"]' } });
    await expectClear4xx(await splitEntry(new Request(`http://127.0.0.1/api/glossary/${entry.id}/split`, json("POST", { variant: `Korut${LONE}` })), params(entry.id)));
    expect(await db.glossaryEntry.count()).toBe(1);
  });
});

describe("a malformed multipart body", () => {
  const multipart = (type: string, body: string) =>
    ingest(new Request("http://127.0.0.1/api/documents", { method: "POST", headers: { "content-type": type }, body }));
  const part = (fileName: string) =>
    `--b\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n${ARTICLE}\r\n--b--\r\n`;

  it.each<[string, () => Promise<Response>]>([
    ["a CR/LF in the file name", () => multipart("multipart/form-data; boundary=b", part("berita\r\nX-Evil: 1.txt"))],
    ["a missing boundary", () => multipart("multipart/form-data", part("berita.txt"))],
    ["a boundary that never appears", () => multipart("multipart/form-data; boundary=zzz", part("berita.txt"))],
    ["a body cut off inside a part", () => multipart("multipart/form-data; boundary=b", part("berita.txt").slice(0, 90))],
  ])("%s → 422, nothing stored", async (_name, send) => {
    const message = await expectClear4xx(await send());
    expect(message).toMatch(/multipart/);
    expect(await db.document.count()).toBe(0);
  });
});

describe("a NUL character in a search query", () => {
  it.each(["ban%00jir", "%00", "banjir%1B"])("GET /api/search?q=%s → 422 invalid-query", async (q) => {
    await expectClear4xx(await search(new Request(`http://127.0.0.1/api/search?q=${q}`)), 422, "invalid-query");
  });
});

describe("an emoji cut in half where the download name is shortened", () => {
  it("every export of that document still downloads", async () => {
    // "selaras-" and 111 letters put the cut of the 120-character name inside the 🎉's surrogate pair.
    const { documentId } = await seedDocument([{ source: "Pesta kembang api." }], `${"a".repeat(111)}🎉 pesta`);
    for (const format of ["tsv", "tmx", "jsonl", "moses"]) {
      const response = await exportDocument(new Request(`http://127.0.0.1/api/documents/${documentId}/export?format=${format}&drafts=1`), params(documentId));
      expect({ format, status: response.status }).toEqual({ format, status: 200 });
      expect(response.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''selaras-a+/);
      await response.arrayBuffer();
    }
  });
});
