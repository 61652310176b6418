// Hostile input against the production build (`next build` + `next start`): the HTML
// parser's worker thread runs there, oversized and TRACE requests are refused on the HTTP
// server itself, and nothing of this gives a 500 or holds up another client.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { test, expect, seedDocument, waitUntilTranslated } from "./fixtures";

const NEWS_PAGE = fs.readFileSync(path.join(import.meta.dirname, "../lib/ingest/fixtures/news-page.html"));
const NESTED_DIVS = `<html><body>${"<div>".repeat(5000)}<p>Harga cabai naik.</p>${"</div>".repeat(5000)}</body></html>`;

/** Runs `work` while another client polls GET /api/documents; returns its worst wait. */
async function worstOtherWait(request: APIRequestContext, work: () => Promise<void>): Promise<number> {
  let running = true;
  const waits: number[] = [];
  const other = (async () => {
    while (running || waits.length < 3) {
      const started = Date.now();
      expect((await request.get("/api/documents")).status()).toBe(200);
      waits.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    await work();
  } finally {
    running = false;
    await other;
  }
  return Math.max(...waits);
}

/** Raw bytes to the server, for requests no HTTP client will send; resolves with the answer. */
function raw(baseURL: string, head: string): Promise<string> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(head));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer within 10 s: ${answer}`)));
  });
}

test("an uploaded HTML page is read in the parser's worker thread", async ({ request }) => {
  const response = await request.post("/api/documents", {
    multipart: { file: { name: "banjir.html", mimeType: "text/html", buffer: NEWS_PAGE } },
  });
  expect([200, 202]).toContain(response.status());
  const { id } = (await response.json()) as { id: string };
  const document = (await (await request.get(`/api/documents/${id}`)).json()) as { title: string };
  expect(document.title).toBe("Banjir Rendam Ribuan Rumah di Jakarta Timur, Warga Mengungsi");
});

test("5,000 nested <div> in a 55 KB upload: 422 too-complex, and another client is not held up", async ({ request }) => {
  const before = ((await (await request.get("/api/documents")).json()) as { total: number }).total;
  const worst = await worstOtherWait(request, async () => {
    const response = await request.post("/api/documents", {
      multipart: { file: { name: "dalam.html", mimeType: "text/html", buffer: Buffer.from(NESTED_DIVS) } },
    });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("too-complex");
  });
  expect(worst).toBeLessThan(1000);
  expect(((await (await request.get("/api/documents")).json()) as { total: number }).total).toBe(before);
});

test("a declared 1 GiB body with nothing sent: 413 at once", async ({ request, baseURL }) => {
  const worst = await worstOtherWait(request, async () => {
    const answer = await raw(baseURL!, `POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${1024 ** 3}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"too-large"');
  });
  expect(worst).toBeLessThan(1000);
});

for (const method of ["TRACE", "TRACK"]) {
  for (const route of ["/", "/api/documents", "/_next/static/chunks/x.js"]) {
    test(`${method} ${route}: 405`, async ({ baseURL }) => {
      const answer = await raw(baseURL!, `${method} ${route} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 405 /);
      expect(answer).toMatch(/allow: GET/i);
    });
  }
}

test("the image optimiser is off: /_next/image answers 404, never fetches", async ({ request }) => {
  const response = await request.get("/_next/image?url=%2F%5C127.0.0.1%2Fx.png&w=64&q=75");
  expect(response.status()).toBe(404);
});

test("a NUL in the search query: the page explains, the API answers 422", async ({ page, request }) => {
  const api = await request.get("/api/search?q=ban%00jir");
  expect(api.status()).toBe(422);
  const response = await page.goto("/search?q=ban%00jir");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("search-summary")).toHaveText("The search text contains control characters that cannot be searched for.");
});

test("the editor's save retries by itself when the server answers 503", async ({ page, marker }) => {
  const { id } = await seedDocument(page.request, `Pasar ${marker}\n\nHarga cabai di pasar ${marker} naik tajam pekan ini.`);
  await waitUntilTranslated(page.request, id);
  let refused = 0;
  await page.route("**/api/segments/*", async (route) => {
    if (route.request().method() === "PATCH" && refused === 0) {
      refused++;
      return route.fulfill({ status: 503, headers: { "retry-after": "1" }, json: { error: { code: "busy", message: "The database is busy." } } });
    }
    return route.continue();
  });
  await page.goto(`/documents/${id}/edit`);
  await expect(page.getByTestId("segment-list")).toHaveAttribute("data-hydrated", "true");
  const row = page.getByTestId("segment-row").nth(1);
  await row.getByTestId("target-field").fill(`Chili prices ${marker} rise.`);
  await page.keyboard.press("Control+Enter");
  await expect(row.getByTestId("segment-status")).toHaveAttribute("data-status", "edited");
  expect(refused).toBe(1);
  const segments = ((await (await page.request.get(`/api/segments?documentId=${id}`)).json()) as { segments: { target: string | null }[] }).segments;
  expect(segments.map((s) => s.target)).toContain(`Chili prices ${marker} rise.`);
});
