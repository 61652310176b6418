// Oversized bodies sent straight to the POST /api/documents handler: refused with 413
// whether or not they announce their size, and nothing reaches the database.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import { POST } from "@/app/api/documents/route";

const URL_ = "http://127.0.0.1:3210/api/documents";
const OVER = MAX_INPUT_BYTES + 256 * 1024;

beforeEach(async () => {
  await db.document.deleteMany();
});

/** A body that arrives in 64 KB pieces with no Content-Length, like a chunked upload. */
function chunkedBody(totalBytes: number, onPull?: (sent: number) => void): ReadableStream<Uint8Array> {
  const piece = new TextEncoder().encode("kata ".repeat(64 * 1024 / 5));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      controller.enqueue(piece);
      sent += piece.byteLength;
      onPull?.(sent);
    },
  });
}

function multipart(fileBytes: number): Request {
  const form = new FormData();
  form.set("file", new File(["a".repeat(fileBytes)], "besar.txt", { type: "text/plain" }));
  return new Request(URL_, { method: "POST", body: form });
}

const cases: [string, () => Request][] = [
  ["JSON over 2 MB with Content-Length", () => {
    const body = JSON.stringify({ text: "Kalimat panjang. ".repeat(OVER / 17) });
    return new Request(URL_, { method: "POST", headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }, body });
  }],
  ["JSON over 2 MB without Content-Length", () =>
    new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x".repeat(OVER) }) })],
  ["multipart upload over the limit", () => multipart(OVER)],
  ["chunked stream with no Content-Length", () =>
    new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: chunkedBody(OVER), duplex: "half" } as RequestInit)],
  ["a lying Content-Length under the limit", () =>
    new Request(URL_, { method: "POST", headers: { "content-type": "application/json", "content-length": "100" }, body: chunkedBody(OVER), duplex: "half" } as RequestInit)],
];

describe("POST /api/documents size limits", () => {
  it.each(cases)("%s → 413, nothing stored", async (_name, build) => {
    const response = await POST(build());
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toMatch(/too-large|too-many-sentences/);
    expect(body.error.message).toMatch(/limit/);
    expect(await db.document.count()).toBe(0);
    expect(await db.segment.count()).toBe(0);
  });

  it("stops reading a chunked body soon after the limit (memory stays bounded)", async () => {
    let sent = 0;
    const endless = chunkedBody(1024 * 1024 * 1024, (n) => (sent = n));
    const response = await POST(new Request(URL_, { method: "POST", body: endless, duplex: "half" } as RequestInit));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(MAX_INPUT_BYTES + 512 * 1024);
  });

  it("accepts text just under the limit", async () => {
    // Many short paragraphs, so the sentence cap is not what trips.
    const paragraph = "Pemerintah daerah membangun jembatan baru di desa itu untuk warga.\n\n";
    const text = `Judul Berita\n\n${paragraph.repeat(Math.floor((MAX_INPUT_BYTES - 4096) / paragraph.length / 2))}`;
    const response = await POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) }));
    expect([200, 202]).toContain(response.status);
    expect(await db.document.count()).toBe(1);
  });
});
