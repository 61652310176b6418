import "server-only";
// Uploaded memory files on their way to an import: streamed to a temporary file beside
// the database (never held in memory), counted as they arrive and cut off at the cap.
// Whoever made a file removes it: the route on any refusal, the import queue once the
// import has ended, the next start for anything a dead process left behind.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { databaseFile, databaseUrl, provider, redactedUrl } from "@/lib/database-url";
import { AppError } from "@/lib/errors";

export type UploadCounter = { bytes: number; readonly maxBytes: number };

/**
 * Beside the database and named after it (like its wake file), so each database has its
 * own. PostgreSQL has no file beside it: the machine's temporary folder, one per database
 * (the web process that receives an upload is the one that imports it).
 */
export function memoryUploadDir(): string {
  if (provider() === "sqlite") return `${databaseFile()}.memory-uploads`;
  const database = createHash("sha256").update(redactedUrl(databaseUrl())).digest("hex").slice(0, 16);
  return path.join(os.tmpdir(), `selaras-memory-uploads-${database}`);
}

export function newUploadPath(): string {
  const dir = memoryUploadDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return path.join(dir, `${randomUUID()}.upload`);
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError("too-large", `The file is larger than the ${formatBytes(maxBytes)} import limit (MEMORY_IMPORT_MAX_BYTES). Nothing was imported.`, { maxBytes });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${+(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * Streams one upload to `file`, with backpressure, adding its bytes to `counter` (shared by
 * a form's files): past the cap the stream fails with a 413 and the partial file is removed.
 */
export async function writeUpload(source: Readable, file: string, counter: UploadCounter): Promise<number> {
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      counter.bytes += chunk.length;
      done(counter.bytes > counter.maxBytes ? tooLarge(counter.maxBytes) : null, chunk);
    },
  });
  const out = fs.createWriteStream(file, { flags: "wx", mode: 0o600 });
  try {
    await pipeline(source, count, out);
    return bytes;
  } catch (error) {
    // The file is opened asynchronously: wait until it is closed, or a removal could come
    // before the open and leave the file behind.
    if (!out.closed) await new Promise<void>((resolve) => out.once("close", () => resolve()));
    removeUploads([file]);
    throw error;
  }
}

export function removeUploads(files: readonly (string | undefined)[]): void {
  for (const file of files) if (file) fs.rmSync(file, { force: true });
}

/** At start: nothing queued survives a restart (the queue lived in the dead process), so every upload left is an orphan. */
export function removeOrphanUploads(): void {
  fs.rmSync(memoryUploadDir(), { recursive: true, force: true });
}
