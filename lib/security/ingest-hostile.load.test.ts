// Hostile or merely huge input through the app's own route handlers, in-process, with
// another client's GET /api/documents timed alongside: the server refuses the input
// clearly (a 4xx, nothing stored) and the other client is never held up for more than
// a second. That bound is the behaviour issue 14 asks for, not a speed target.
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/http/error-response";
import { textFromUrl } from "@/lib/ingest/read-source";
import { startLocalServer, type LocalServer } from "@/lib/ingest/fixtures/local-server";
import { timeAlongside } from "@/lib/test/other-client";
import { GET, POST } from "@/app/api/documents/route";

const URL_ = "http://127.0.0.1:3210/api/documents";
const OTHER_CLIENT_MAX_MS = 1000;

type ErrorBody = { error: { code: string; message: string } };

const NESTED_DIVS = `<html><body>${"<div>".repeat(5000)}<p>Harga cabai naik tajam.</p>${"</div>".repeat(5000)}</body></html>`;

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    "/deep": (_request, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(NESTED_DIVS),
  });
});

afterAll(() => server.close());

beforeEach(async () => {
  await db.document.deleteMany();
});

const otherClient = () => GET(new Request("http://localhost/api/documents")).then((response) => response.arrayBuffer());

function upload(body: string, name: string, type: string): Promise<Response> {
  const form = new FormData();
  form.set("file", new File([body], name, { type }));
  return POST(new Request(URL_, { method: "POST", body: form }));
}

async function expectRefused(response: Response, status: number, code: string): Promise<void> {
  const body = (await response.json()) as ErrorBody;
  expect({ status: response.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(await db.document.count()).toBe(0);
  expect(await db.segment.count()).toBe(0);
}

/** The V8 collector, so heap figures say what is still referenced rather than not yet swept. */
function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

describe("hostile input does not hold up other clients", () => {
  it("5,000 nested <div> in a 55 KB upload: 422 too-complex", async () => {
    expect(NESTED_DIVS.length).toBeGreaterThan(55_000);
    const { result, other } = await timeAlongside(() => upload(NESTED_DIVS, "dalam.html", "text/html"), otherClient);
    await expectRefused(result, 422, "too-complex");
    expect(other.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
  });

  it("5,000 nested <div> fetched by URL from a local server: 422 too-complex", async () => {
    const { result, other } = await timeAlongside(
      () => textFromUrl(`http://127.0.0.1:${server.port}/deep`, { isAddressAllowed: (ip) => ip === "127.0.0.1" }).then(
        () => new Response(null, { status: 200 }),
        errorResponse,
      ),
      otherClient,
    );
    await expectRefused(result, 422, "too-complex");
    expect(server.requests).toContain("/deep");
    expect(other.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
  });

  // One short paragraph per <p>, unclosed (the parser closes each at the next), to fit in 2 MB.
  const paragraphs = (count: number) => `<html><body>${Array.from({ length: count }, (_, i) => `<p>${i.toString(36)}. `).join("")}</body></html>`;

  it.each<[number, number, string]>([
    // Refused by the scan before any parser runs.
    [200_000, 422, "too-complex"],
    // Parsed in the worker (about a second), then refused by the sentence limit.
    [40_000, 413, "too-many-sentences"],
  ])("%i <p> tags: %i %s, and the memory comes back down", async (count, status, code) => {
    const page = paragraphs(count);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const { result, other } = await timeAlongside(() => upload(page, "banyak.html", "text/html"), otherClient);
    await expectRefused(result, status, code);
    expect(other.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
    collectGarbage();
    // The DOM lived in the worker's heap, which went with it; the page string is all that may stay.
    expect((process.memoryUsage().heapUsed - before) / 1024 / 1024).toBeLessThan(32);
  });

  it("a declared 1 GiB Content-Length with no body: 413 at once, the body is never read", async () => {
    let pulled = 0;
    // highWaterMark 0: the stream is pulled only when someone reads it.
    const never = new ReadableStream<Uint8Array>({ pull: () => void pulled++ }, { highWaterMark: 0 });
    const request = new Request(URL_, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(1024 ** 3) },
      body: never,
      duplex: "half",
    } as RequestInit);
    const { result, other } = await timeAlongside(() => POST(request), otherClient);
    await expectRefused(result, 413, "too-large");
    expect(pulled).toBe(0);
    expect(other.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
  });

  // Linear splitting still spends about 600 ms on one 2 MB paragraph, and a paragraph
  // cannot be cut into time slices: large texts are prepared in a worker thread.
  it("a 2 MB text that is one single paragraph: refused for too many sentences", async () => {
    const text = "Harga cabai di pasar naik tajam. ".repeat(Math.floor(2_000_000 / 33));
    const body = JSON.stringify({ text });
    const { result, other } = await timeAlongside(
      () => POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body })),
      otherClient,
    );
    await expectRefused(result, 413, "too-many-sentences");
    expect(other.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
  });
});
