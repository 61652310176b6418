// Bad and hostile input through the POST /api/documents handler: every case either
// stores clean text or is refused with a clear message, and nothing half-done remains.
import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/documents/route";

const URL_ = "http://127.0.0.1:3210/api/documents";
const ARTICLE = "Harga Cabai Naik\n\nHarga cabai di pasar tradisional naik tajam pekan ini. Pedagang mengeluhkan pasokan yang berkurang.";

type ErrorBody = { error: { code: string; message: string } };
type Created = { id: string; duplicate?: boolean };

beforeEach(async () => {
  await db.document.deleteMany();
});

function postJson(body: unknown): Promise<Response> {
  return POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
}

function upload(bytes: Uint8Array | string, name: string, type = ""): Promise<Response> {
  const form = new FormData();
  form.set("file", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type }));
  return POST(new Request(URL_, { method: "POST", body: form }));
}

async function storedText(id: string): Promise<string> {
  const document = await db.document.findUniqueOrThrow({ where: { id }, include: { segments: true } });
  return [document.title, document.rawText, ...document.segments.map((s) => s.source)].join("\n");
}

describe("refused input", () => {
  it.each<[string, () => Promise<Response>, number, string]>([
    ["empty JSON text", () => postJson({ text: "" }), 422, "empty-input"],
    ["whitespace-only text", () => postJson({ text: " \n\t\u00a0\u200b \n" }), 422, "empty-input"],
    ["empty upload", () => upload(new Uint8Array(), "kosong.txt"), 422, "empty-input"],
    ["PNG renamed .txt", () => upload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "foto.txt"), 415, "binary-file"],
    ["random binary", () => upload(new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 97) % 256)), "data.txt"), 415, "binary-file"],
    ["UTF-16 without a BOM", () => upload(new Uint8Array(Buffer.from(ARTICLE, "utf16le")), "utf16.txt"), 415, "binary-file"],
    ["a .pdf name", () => upload("%PDF-1.7", "berita.pdf"), 415, "unsupported-type"],
    ["a path as the name", () => upload(ARTICLE, "../../etc/passwd"), 415, "unsupported-type"],
    ["not JSON", () => POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: "{text:" })), 422, "invalid-input"],
    ["javascript: source URL", () => postJson({ text: ARTICLE, sourceUrl: "javascript:alert(1)" }), 422, "invalid-input"],
    ["data: source URL", () => postJson({ text: ARTICLE, sourceUrl: "data:text/html,<script>alert(1)</script>" }), 422, "invalid-input"],
    ["title over 300 characters", () => postJson({ text: ARTICLE, title: "x".repeat(301) }), 422, "invalid-input"],
  ])("%s", async (_name, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await db.document.count()).toBe(0);
  });

  it("never echoes a hostile file name back as a path or markup", async () => {
    const response = await upload(ARTICLE, "<img src=x onerror=alert(1)>/../../etc/passwd.exe");
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).not.toMatch(/[<>/\\]/);
  });
});

describe("accepted input", () => {
  it("decodes a Windows-1252 .txt upload", async () => {
    const latin1 = new Uint8Array(Buffer.from("Kafe di Bandung\n\nPengunjung kafé itu memesan crème brûlée dan kopi. Harganya naik.", "latin1"));
    const response = await upload(latin1, "kafe.txt", "text/plain");
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as Created;
    expect(await storedText(id)).toContain("kafé itu memesan crème brûlée");
  });

  it("keeps scripts and their code out of stored text when an HTML page is uploaded", async () => {
    const page = `<!doctype html><html><head><title>Banjir di Jakarta</title><script>window.stolen = "SCRIPTCODE"</script></head>
      <body><article><h1>Banjir di Jakarta</h1><p>Banjir merendam ratusan rumah di Jakarta Timur pada Senin pagi. Warga mengungsi ke masjid terdekat.</p>
      <script>alert("SCRIPTCODE")</script><noscript>NOSCRIPTCODE</noscript><style>.x{color:red}</style>
      <p onclick="alert('HANDLERCODE')">Petugas membagikan makanan kepada para pengungsi sejak pagi hari.</p></article></body></html>`;
    const response = await upload(page, "banjir.html", "text/html");
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as Created;
    const text = await storedText(id);
    expect(text).toContain("Banjir merendam ratusan rumah");
    expect(text).not.toMatch(/SCRIPTCODE|HANDLERCODE|<script|color:red/);
  });

  it.each([
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "javascript:alert(1)",
  ])("stores pasted markup %j literally, as text (escaping is the renderer's job)", async (payload) => {
    const response = await postJson({ text: `${payload}\n\nWarga menulis ${payload} di forum itu. Polisi menyelidiki.`, title: payload });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as Created;
    const document = await db.document.findUniqueOrThrow({ where: { id } });
    expect(document.title).toBe(payload);
  });

  it("answers a duplicate with 200, duplicate: true and keeps one row", async () => {
    const first = await postJson({ text: ARTICLE });
    const again = await postJson({ text: `${ARTICLE.replace(/\n/g, "\r\n")}  \n` });
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    const [a, b] = [(await first.json()) as Created, (await again.json()) as Created];
    expect(b).toMatchObject({ id: a.id, duplicate: true });
    expect(await db.document.count()).toBe(1);
  });

  it("uses an uploaded name only for display, never as a path", async () => {
    const response = await upload(ARTICLE, "../../../tmp/selaras-pwned.txt", "text/plain");
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as Created;
    const document = await db.document.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(document)).not.toContain("../");
    expect(fs.existsSync("/tmp/selaras-pwned.txt")).toBe(false);
  });
});
