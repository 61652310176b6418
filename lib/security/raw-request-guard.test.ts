// The guard on Node's HTTP server: TRACE and a huge declared body are answered at once,
// and the app's handler (Next, in production) never sees them.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installRawRequestGuard, refusalFor } from "./raw-request-guard";

let server: http.Server;
let port: number;
const handled: string[] = [];

beforeAll(async () => {
  installRawRequestGuard();
  installRawRequestGuard(); // twice is harmless
  server = http.createServer((request, response) => {
    handled.push(`${request.method} ${request.url}`);
    request.resume();
    request.on("end", () => response.end("handled"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends raw request bytes and resolves with whatever the server answers before closing. */
function raw(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(head));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer: ${answer}`)));
  });
}

describe("raw request guard", () => {
  it("answers a 1 GiB declared body with 413 without waiting for it", async () => {
    const answer = await raw(`POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${1024 ** 3}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toMatchObject({ error: { code: "too-large" } });
    expect(handled).not.toContain("POST /api/documents");
  });

  it("lets POST /api/memory/import announce up to MEMORY_IMPORT_MAX_BYTES, and refuses more at once", async () => {
    const big = 50 * 1024 * 1024;
    const allowed = await raw(`POST /api/memory/import?format=tmx HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`);
    expect(allowed).toMatch(/^HTTP\/1\.1 200 /);
    expect(refusalFor("POST", String(big), undefined, "/api/memory/import?format=tmx")).toBeNull();
    expect(refusalFor("POST", String(big), undefined, "/api/documents")?.status).toBe(413);
    // Only that path, and only POST: its sub-paths and other routes keep the 2 MB limit.
    expect(refusalFor("POST", String(big), undefined, "/api/memory/import/abc")?.status).toBe(413);
    const over = await raw(`POST /api/memory/import?format=tmx&big=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${2 * 1024 ** 3}\r\n\r\n`);
    expect(over).toMatch(/^HTTP\/1\.1 413 /);
    expect(over).toMatch(/memory-import limit/);
    expect(handled).not.toContain("POST /api/memory/import?format=tmx&big=1");
  });

  it.each(["/", "/api/documents", "/_next/static/x.js"])("answers TRACE %s with 405 and Allow", async (path) => {
    const answer = await raw(`TRACE ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toMatch(/allow: GET, HEAD, POST/i);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
    expect(handled).not.toContain(`TRACE ${path}`);
  });

  it("answers TRACK, which Node's parser does not know, with 405 too", async () => {
    const answer = await raw(`TRACK /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toMatch(/"code":"method-not-allowed"/);
  });

  it("leaves other malformed requests to Node (400)", async () => {
    const answer = await raw(`BREW /pot HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });

  // DNS rebinding: the attacker's name in Host, with a matching Origin, reaches nothing.
  it.each(["rebind.example", "rebind.example:3000", "127.0.0.1.evil.test"])("answers Host %s with 421 before any handler", async (host) => {
    const answer = await raw(`POST /api/documents HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nContent-Length: 2\r\n\r\n{}`);
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expect(answer).toMatch(/"code":"misdirected"/);
    expect(handled).not.toContain("POST /api/documents");
  });

  it("answers a foreign X-Forwarded-Host with 421 too", async () => {
    const answer = await raw(`GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Host: rebind.example\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
  });

  it("lets ordinary requests through", async () => {
    const answer = await raw(`POST /ok HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(handled).toContain("POST /ok");
  });

  it.each<[string, string | undefined, number | null]>([
    ["GET", undefined, null],
    ["trace", undefined, 405],
    ["TRACK", undefined, 405],
    ["POST", String(1024 ** 3), 413],
    ["POST", "not a number", null],
    ["POST", "1000", null],
  ])("%s with Content-Length %s → %s", (method, length, status) => {
    expect(refusalFor(method, length)?.status ?? null).toBe(status);
  });
});
