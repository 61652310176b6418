// With a policy that allows 127.0.0.1 only (test servers live there), the fetch itself:
// redirects re-checked per hop, size and time caps, status handling, pinned connections.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticle, type FetchOptions } from "./safe-fetch";
import { startLocalServer, type LocalServer } from "./fixtures/local-server";

const PAGE = "<html><head><title>Berita</title></head><body><p>Isi berita.</p></body></html>";
const MB = 1024 * 1024;

let server: LocalServer;
let base: string;
beforeAll(async () => {
  server = await startLocalServer({
    "/page": (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE),
    "/host": (req, res) => res.end(`host=${req.headers.host}`),
    "/hop": (req, res) => {
      const left = Number(new URL(req.url ?? "", "http://x").searchParams.get("left"));
      res.writeHead(302, { location: left > 0 ? `/hop?left=${left - 1}` : "/page" }).end();
    },
    "/absolute": (_req, res) => res.writeHead(301, { location: `${base}/page` }).end(),
    "/see-other": (_req, res) => res.writeHead(303, { location: "page" }).end(),
    "/to-metadata": (_req, res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/to-ipv6-loopback": (_req, res) => res.writeHead(307, { location: "http://[::1]/" }).end(),
    "/to-localhost": (_req, res) => res.writeHead(308, { location: `http://localhost:${server.port}/page` }).end(),
    "/to-file": (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
    "/to-garbage": (_req, res) => res.writeHead(302, { location: "http://[zz" }).end(),
    "/big-declared": (_req, res) => res.writeHead(200, { "content-length": String(6 * MB) }).end(),
    "/big-chunked": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let i = 0; i < 100; i++) res.write(chunk); // 6.25 MB, no Content-Length
      res.end();
    },
    // HTTP/1.0 style: no Content-Length, no chunking, the body ends when the socket closes.
    "/close-delimited": (_req, res) => {
      res.socket?.end(`HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n${"x".repeat(5000)}`);
    },
    "/gzip": (_req, res) => res.writeHead(200, { "content-encoding": "gzip", "content-type": "text/html" }).end(gzipSync(PAGE)),
    "/gzip-bomb": (_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(8 * MB))),
    "/slow-headers": () => undefined, // never answers
    "/slow-body": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("awal ");
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
    },
    "/server-error": (_req, res) => res.writeHead(500).end("boom"),
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const onlyLoopbackV4: FetchOptions = { isAddressAllowed: (ip) => ip === "127.0.0.1" };
const fetchLocal = (path: string, extra: FetchOptions = {}) => fetchArticle(`${base}${path}`, { ...onlyLoopbackV4, ...extra });

describe("fetchArticle with a test policy", () => {
  it("fetches a page with its content type and final URL", async () => {
    const result = await fetchLocal("/page");
    expect(result).toMatchObject({ ok: true, contentType: "text/html; charset=utf-8", finalUrl: `${base}/page` });
    if (result.ok) expect(new TextDecoder().decode(result.bytes)).toBe(PAGE);
  });

  it.each([
    ["/hop?left=4", 5], // five redirects is the limit, still fine
    ["/absolute", 1],
    ["/see-other", 1],
  ])("follows %s and reports the final URL", async (path) => {
    const result = await fetchLocal(path);
    expect(result).toMatchObject({ ok: true, finalUrl: `${base}/page` });
  });

  it("refuses a sixth redirect", async () => {
    expect(await fetchLocal("/hop?left=5")).toMatchObject({ ok: false, code: "too-many-redirects" });
    expect(await fetchLocal("/hop?left=1", { maxRedirects: 1 })).toMatchObject({ ok: false, code: "too-many-redirects" });
  });

  it.each([
    ["/to-metadata", "blocked-address"],
    ["/to-ipv6-loopback", "blocked-address"],
    ["/to-localhost", "blocked-address"],
    ["/to-file", "scheme"],
    ["/to-garbage", "invalid-url"],
  ])("re-checks each hop: %s → %s", async (path, code) => {
    const before = server.requests.length;
    expect(await fetchLocal(path)).toMatchObject({ ok: false, code });
    expect(server.requests.length - before).toBe(1); // only the redirecting request itself
  });

  it("connects to the checked address while sending the original Host", async () => {
    const asked: string[] = [];
    const result = await fetchArticle(`http://berita.test:${server.port}/host`, {
      ...onlyLoopbackV4,
      resolveHost: async (name) => (asked.push(name), [{ address: "127.0.0.1", family: 4 }]),
    });
    expect(asked).toEqual(["berita.test"]);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(`host=berita.test:${server.port}`);
  });

  it.each([
    ["/big-declared", {}],
    ["/big-chunked", {}],
    ["/gzip-bomb", {}],
    ["/close-delimited", { maxBytes: 1000 }],
    ["/page", { maxBytes: 10 }],
  ])("refuses an oversize body: %s", async (path, extra) => {
    const result = await fetchLocal(path, extra);
    expect(result).toMatchObject({ ok: false, code: "too-large" });
  });

  it("decompresses gzip", async () => {
    const result = await fetchLocal("/gzip");
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(PAGE);
  });

  it.each(["/slow-headers", "/slow-body"])("times out on %s", async (path) => {
    const started = Date.now();
    const result = await fetchLocal(path, { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, code: "timeout" });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("times out when DNS never answers", async () => {
    const result = await fetchArticle("http://stuck.test/", { ...onlyLoopbackV4, timeoutMs: 200, resolveHost: () => new Promise(() => {}) });
    expect(result).toMatchObject({ ok: false, code: "timeout" });
  });

  it.each([
    ["/missing", /HTTP 404 \(Not Found\)/],
    ["/server-error", /HTTP 500/],
  ])("gives http-status for %s", async (path, message) => {
    const result = await fetchLocal(path);
    expect(result).toMatchObject({ ok: false, code: "http-status" });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("reports a refused connection as a network error", async () => {
    const closed = await startLocalServer({});
    await closed.close();
    const result = await fetchArticle(`http://127.0.0.1:${closed.port}/`, onlyLoopbackV4);
    expect(result).toMatchObject({ ok: false, code: "network", message: "The site refused the connection." });
  });
});
