// A stand-in for the model hub on 127.0.0.1, serving a model's files the way the hub does:
// GET /<model>/resolve/<revision>/<path> with Range support and X-Repo-Commit; .onnx files
// (LFS files on the hub) answer with a redirect that carries X-Linked-Etag = sha256.
// Faults on demand: throttling, a connection cut mid-file, a stall, a corrupted byte.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type HubFaults = {
  /** Throttle: send this many bytes per tick. */
  bytesPerTick?: number;
  tickMs?: number;
  /** Cut the connection once the body reaches this file offset (once per file). */
  dropAt?: Map<string, number>;
  /** Stop sending at this file offset and leave the connection hanging (once per file). */
  stallAt?: Map<string, number>;
  /** Serve these files with one byte flipped; the etag still names the true sha256. */
  corrupt?: Set<string>;
};

export type HubRequest = { path: string; revision: string; range: string | null };

export type ModelHub = { url: string; requests: HubRequest[]; faults: HubFaults; close: () => Promise<void> };

export async function startModelHub(model: string, commit: string, files: Map<string, Uint8Array>, faults: HubFaults = {}): Promise<ModelHub> {
  const requests: HubRequest[] = [];
  const prefix = `/${model}/resolve/`;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const cdn = url.pathname.startsWith("/cdn/");
    const rest = cdn ? url.pathname.slice("/cdn/".length) : url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : null;
    const slash = rest?.indexOf("/") ?? -1;
    const revision = rest && slash > 0 ? decodeURIComponent(rest.slice(0, slash)) : "";
    const file = rest && slash > 0 ? decodeURIComponent(rest.slice(slash + 1)) : "";
    const bytes = files.get(file);
    if (!bytes || (revision !== commit && revision !== "main")) return void res.writeHead(404).end("Entry not found");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const lfs = file.endsWith(".onnx");
    if (lfs && !cdn) {
      res.writeHead(302, { location: `/cdn/${commit}/${file}`, "x-repo-commit": commit, "x-linked-etag": `"${sha256}"`, "x-linked-size": String(bytes.length) });
      return void res.end();
    }
    requests.push({ path: file, revision, range: req.headers.range ?? null });
    const served = faults.corrupt?.has(file) ? flipOneByte(bytes) : bytes;
    const start = Number(/^bytes=(\d+)-$/.exec(req.headers.range ?? "")?.[1] ?? 0);
    const headers: Record<string, string> = { "accept-ranges": "bytes", "x-repo-commit": commit };
    if (!lfs) headers.etag = `"${createHash("sha1").update(bytes).digest("hex")}"`;
    if (start >= bytes.length && start > 0) {
      return void res.writeHead(416, { ...headers, "content-range": `bytes */${bytes.length}` }).end();
    }
    if (start > 0) headers["content-range"] = `bytes ${start}-${bytes.length - 1}/${bytes.length}`;
    res.writeHead(start > 0 ? 206 : 200, { ...headers, "content-length": String(bytes.length - start) });
    void sendBody(res, served, start, file, faults);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function sendBody(res: http.ServerResponse, bytes: Uint8Array, start: number, file: string, faults: HubFaults): Promise<void> {
  const dropAt = faults.dropAt?.get(file);
  const stallAt = faults.stallAt?.get(file);
  const step = faults.bytesPerTick ?? bytes.length;
  for (let offset = start; offset < bytes.length; ) {
    const limit = [dropAt, stallAt].filter((n): n is number => n !== undefined && n > offset);
    const end = Math.min(bytes.length, offset + step, ...limit);
    // Wait until the bytes are handed to the kernel, so a cut comes after them.
    await new Promise((resolve) => res.write(bytes.subarray(offset, end), resolve));
    offset = end;
    if (offset === dropAt) {
      faults.dropAt?.delete(file);
      // A client's stream drops bytes it has not read yet when the connection errors, so
      // give it a moment to read them: the cut then tests resuming, not losing a buffer.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return void res.socket?.destroy();
    }
    if (offset === stallAt) {
      faults.stallAt?.delete(file);
      return; // keep the connection open, send nothing more
    }
    if (faults.tickMs) await new Promise((resolve) => setTimeout(resolve, faults.tickMs));
  }
  res.end();
}

function flipOneByte(bytes: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const middle = Math.floor(copy.length / 2);
  copy[middle] = (copy[middle] ?? 0) ^ 0xff;
  return copy;
}
