// Worker-thread entry for an import the API queued (memory-import-queue.ts): reads the
// uploaded file(s) from disk and imports them with the same code as the CLI. A failure
// keeps the import's row, failed, as the record of why.
import fs from "node:fs";
import { serveOffThread } from "@/lib/threads/serve-off-thread";
import { importMemory } from "./import-memory";
import type { MemoryImportJob } from "./memory-import-job";

const READ_CHUNK = 256 * 1024;

serveOffThread((job: MemoryImportJob) =>
  importMemory({
    importId: job.id,
    keepFailed: true,
    fileName: job.fileName,
    format: job.format,
    actor: job.actor,
    bytesTotal: job.bytes,
    maxBytes: job.maxBytes,
    source: fs.createReadStream(job.sourcePath, { highWaterMark: READ_CHUNK }),
    ...(job.targetPath ? { target: fs.createReadStream(job.targetPath, { highWaterMark: READ_CHUNK }) } : {}),
  }),
);
