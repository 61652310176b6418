// Reads a response body into memory with a hard size cap, counting the bytes as they
// arrive: a missing or lying Content-Length cannot make us buffer more than the cap,
// and neither can a small compressed body that inflates to gigabytes.
import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; code: "too-large" | "network"; message: string };

export async function readCappedBody(response: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return tooLarge(maxBytes);
  }
  const decoded = decodedStream(response);
  if (!decoded) {
    response.destroy();
    const encoding = String(response.headers["content-encoding"]);
    return { ok: false, code: "network", message: `The site sent the page in an unsupported compression (${encoding}).` };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      decoded.destroy();
      response.destroy();
      return tooLarge(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
}

function decodedStream(response: IncomingMessage): Readable | null {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return response;
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : null;
  if (!decoder) return null;
  // pipe() does not forward errors; an aborted response must fail the decoder too.
  response.on("error", (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

function tooLarge(maxBytes: number): BodyResult {
  const limit = maxBytes >= 1024 * 1024 ? `${+(maxBytes / 1024 / 1024).toFixed(1)} MB` : `${maxBytes} bytes`;
  return { ok: false, code: "too-large", message: `The page is larger than the ${limit} limit.` };
}
