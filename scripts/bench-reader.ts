// Reader render time for a 300-sentence document against a running production server:
// median and p95 over repeated requests, the page's size and DOM element count, side by
// side with (a) a static HTML file of the same size served from loopback by plain
// node:http (the floor for moving those bytes) and (b) a static asset from the same Next server.
// The DOM size is counted in Chromium after hydration (elements and all nodes), in the
// default side-by-side mode and in learning mode, whose hidden English still sits in the DOM.
//   npx tsx scripts/bench-reader.ts --url http://127.0.0.1:3000 [--requests 50] [--sentences 300] [--no-browser]
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { ingestAndWait, loadArticle } from "@/lib/test/load-fixture";
import { round, summarize } from "@/lib/test/latency-stats";
import { authHeaders } from "@/lib/test/api-auth";

type DomSize = { elements: number; nodes: number; hydrateMs: number };

/** Element and node counts of the hydrated page, per reading mode, from headless Chromium. */
async function domSizes(url: string): Promise<Record<string, DomSize> | null> {
  const { chromium } = await import("@playwright/test");
  const executablePath = ["/usr/bin/chromium"].find((p) => fs.existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] }).catch(() => null);
  if (!browser) return null;
  try {
    const sizes: Record<string, DomSize> = {};
    for (const mode of ["side-by-side", "learning"]) {
      const context = await browser.newContext({ extraHTTPHeaders: authHeaders() });
      await context.addCookies([{ name: "selaras-reader-mode", value: mode, url }]);
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(url);
      await page.locator('[data-testid="reader"][data-hydrated="true"]').waitFor();
      const hydrateMs = round(performance.now() - start);
      const counts = await page.evaluate(() => {
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        let nodes = 0;
        while (walker.nextNode()) nodes += 1;
        return { elements: document.getElementsByTagName("*").length, nodes };
      });
      sizes[mode] = { ...counts, hydrateMs };
      await context.close();
    }
    return sizes;
  } finally {
    await browser.close();
  }
}

async function timeRequests(url: string, count: number): Promise<{ ms: number[]; bytes: number; body: string }> {
  const ms: number[] = [];
  let body = "";
  await fetch(url, { headers: authHeaders() }).then((r) => r.text()); // warm-up: first render compiles nothing in production, but fills caches
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: authHeaders() });
    body = await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    ms.push(performance.now() - start);
  }
  return { ms, bytes: Buffer.byteLength(body), body };
}

function staticServer(html: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(html) });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })));
}

const { values } = parseArgs({
  options: { url: { type: "string", default: "http://127.0.0.1:3000" }, requests: { type: "string", default: "50" }, sentences: { type: "string", default: "300" }, "no-browser": { type: "boolean", default: false } },
});
const origin = new URL(values.url ?? "").origin;
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) throw new Error("bench-reader only runs against loopback");
const count = Math.max(5, Number(values.requests));
const id = await ingestAndWait(origin, loadArticle(`bench${Date.now().toString(36)}`, Number(values.sentences)));

const reader = await timeRequests(`${origin}/documents/${id}`, count);
const elements = (reader.body.match(/<[a-zA-Z][^>]*>/g) ?? []).length;
const floor = await staticServer(reader.body);
const staticHtml = await timeRequests(floor.url, count);
floor.close();
const asset = reader.body.match(/\/_next\/static\/[^"']+\.css/)?.[0] ?? reader.body.match(/\/_next\/static\/[^"']+\.js/)?.[0];
const nextStatic = asset ? await timeRequests(`${origin}${asset}`, count) : null;

const dom = values["no-browser"] ? null : await domSizes(`${origin}/documents/${id}`);

const readerMs = summarize(reader.ms);
const staticMs = summarize(staticHtml.ms);
process.stdout.write(
  `${JSON.stringify({
    benchmark: "reader",
    sentences: Number(values.sentences),
    requests: count,
    readerMs,
    pageBytes: reader.bytes,
    domElements: elements,
    chromiumDom: dom,
    reference: { name: "same bytes as static HTML from node:http on loopback", ms: staticMs },
    ratio: round(readerMs.p50 / Math.max(staticMs.p50, 0.01), 1),
    nextStaticAsset: nextStatic ? { path: asset, bytes: nextStatic.bytes, ms: summarize(nextStatic.ms) } : null,
  })}\n`,
);
