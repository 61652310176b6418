// POST /api/documents bodies that are not what they claim: a web page's HTML pasted as
// text is read like an uploaded page, and a mistyped address gets its own error code.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/documents/route";
import { readIngestRequest } from "./read-ingest-request";

const URL_ = "http://127.0.0.1:3210/api/documents";
const json = (body: unknown) => new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const PAGE = `<!DOCTYPE html><html lang="id"><head><title>Banjir Melanda Kota Lama | Kabar Kita</title></head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article><h1>Banjir Melanda Kota Lama</h1>
<p>Banjir setinggi satu meter melanda kawasan kota lama pada Senin pagi setelah hujan deras semalaman.</p>
<p>Petugas pemadam kebakaran mengevakuasi warga yang terjebak di rumah mereka menggunakan perahu karet.</p>
<p>Pemerintah kota membuka posko pengungsian di gedung olahraga dan menyiapkan dapur umum bagi warga.</p>
</article><footer>Hak cipta Kabar Kita</footer></body></html>`;

beforeEach(async () => {
  await db.document.deleteMany();
});

describe("pasted HTML", () => {
  it("is read like a web page: no tags become sentences, and the report says so", async () => {
    const response = await POST(json({ text: PAGE }));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const document = await db.document.findUniqueOrThrow({ where: { id }, include: { segments: { orderBy: { position: "asc" } } } });
    const sources = document.segments.map((s) => s.source);
    expect(sources.some((s) => /[<>]/.test(s))).toBe(false);
    expect(sources).toContain("Petugas pemadam kebakaran mengevakuasi warga yang terjebak di rumah mereka menggunakan perahu karet.");
    expect(sources.join(" ")).not.toContain("Beranda");
    expect(document.title).toContain("Banjir Melanda Kota Lama");
    expect(document.report).toMatchObject({ pastedHtml: true });
  });

  it("plain text is left as it is", async () => {
    const input = await readIngestRequest(json({ text: "Harga beras naik. Nilai a<b dan b>c." }));
    expect(input).toMatchObject({ text: "Harga beras naik. Nilai a<b dan b>c.", title: null, sourceUrl: null });
  });
});

describe("the URL field", () => {
  it.each(["not a url", "kompas.com/berita", "http://"])("%s → invalid-url, nothing stored", async (url) => {
    const response = await POST(json({ url }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid-url");
    expect(await db.document.count()).toBe(0);
  });
});
