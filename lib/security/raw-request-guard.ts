import "server-only";
// Refusals that must happen on Node's HTTP server itself, before Next sees the request:
// - a Host not in ALLOWED_HOSTS (421): DNS rebinding is refused before any routing,
//   static files and Next's own endpoints included;
// - a declared body over the route's limit (body-limit.ts: 2 MB, or MEMORY_IMPORT_MAX_BYTES
//   for POST /api/memory/import): Next buffers a body (up to proxyClientMaxBodySize) before
//   it runs proxy.ts, so a request announcing 1 GiB and sending nothing held a connection
//   open for as long as the client liked; here it gets a 413 at once and the body is never read;
// - TRACE: Next's request adapter cannot build a Request for it (undici forbids the
//   method) and answered 500 on every route. TRACK is not a method Node's parser knows;
//   its parse error is answered 405 here too, instead of Node's bare 400.
// instrumentation.ts installs this once per server process.
import http from "node:http";
import type { Socket } from "node:net";
import { bodyLimitFor, checkDeclaredBodySize } from "./body-limit";
import { ALLOWED_METHODS, checkMethod } from "./check-method";
import { SECURITY_HEADERS } from "./content-security-policy";
import { hostRefusal } from "./allowed-hosts";

type Refusal = { status: number; code: string; message: string; headers?: Record<string, string> };

const INSTALLED = Symbol.for("selaras.rawRequestGuard");

export type HostHeaders = { host: string | undefined; forwardedHost: string | undefined };

export function refusalFor(method: string | undefined, contentLength: string | undefined, hosts?: HostHeaders, url?: string): Refusal | null {
  const host = hosts ? hostRefusal(hosts.host ?? null, hosts.forwardedHost ?? null) : null;
  if (host) return { status: 421, code: "misdirected", message: host };
  const allowed = checkMethod(method ?? "GET");
  if (!allowed.ok) return { status: 405, code: allowed.code, message: allowed.message, headers: { allow: ALLOWED_METHODS } };
  const size = checkDeclaredBodySize(contentLength ?? null, bodyLimitFor(method, url));
  if (!size.ok) return { status: 413, code: size.code, message: size.message };
  return null;
}

/** Wraps http.Server's "request" event for every server in this process; safe to call twice. */
export function installRawRequestGuard(): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const forwarded = request.headers["x-forwarded-host"];
      const refusal = refusalFor(request.method, request.headers["content-length"], {
        host: request.headers.host,
        forwardedHost: Array.isArray(forwarded) ? forwarded[0] : forwarded,
      }, request.url);
      if (refusal) {
        refuse(request, response, refusal);
        return true;
      }
    }
    if (event === "clientError" && refuseUnknownMethod(args[0] as ParseError, args[1] as Socket)) return true;
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof prototype.emit;
}

type ParseError = Error & { code?: string; rawPacket?: Buffer };

function refuseUnknownMethod(error: ParseError, socket: Socket): boolean {
  if (error.code !== "HPE_INVALID_METHOD" || !socket.writable) return false;
  const method = /^[A-Za-z]+/.exec(error.rawPacket?.subarray(0, 16).toString("latin1") ?? "")?.[0] ?? "";
  const refusal = refusalFor(method, undefined);
  if (!refusal) return false;
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  const head = [`HTTP/1.1 ${refusal.status} ${http.STATUS_CODES[refusal.status]}`, `allow: ${ALLOWED_METHODS}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    "content-type: application/json", `content-length: ${Buffer.byteLength(body)}`, "connection: close"];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  return true;
}

function refuse(request: http.IncomingMessage, response: http.ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  // The unread body must not be drained: close the connection once the answer is out.
  response.shouldKeepAlive = false;
  response.writeHead(refusal.status, {
    ...SECURITY_HEADERS,
    ...refusal.headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    connection: "close",
  });
  response.end(body, () => request.socket.destroy());
}
