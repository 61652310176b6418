import "server-only";
// A multipart/form-data import, streamed part by part (busboy) to temporary files: a
// `file` field (TMX or TSV), or `source` and `target` (a Moses pair), and optional short
// `format` and `name` fields. Request.formData() would hold the whole form in memory.
// Any refusal removes every file already written.
import Busboy from "@fastify/busboy";
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { newUploadPath, removeUploads, writeUpload, type UploadCounter } from "./upload-files";
import { formatOf, type ReceivedUpload } from "./receive-memory-upload";

const FILE_FIELDS = new Set(["file", "source", "target"]);
const LIMITS = { files: 2, fields: 4, parts: 6, fieldSize: 1024, fieldNameSize: 32, headerPairs: 20 };

type Received = { fields: Map<string, string>; files: Map<string, { path: string; name: string; bytes: number }> };

export async function readMultipartUpload(body: Readable, contentType: string, counter: UploadCounter, query: { format?: string | undefined; name?: string | undefined }): Promise<ReceivedUpload> {
  const received = await receive(body, contentType, counter);
  const paths = [...received.files.values()].map((file) => file.path);
  try {
    return shapeOf(received, query);
  } catch (error) {
    removeUploads(paths);
    throw error;
  }
}

function shapeOf({ fields, files }: Received, query: { format?: string | undefined; name?: string | undefined }): ReceivedUpload {
  const single = files.get("file");
  const source = files.get("source");
  const target = files.get("target");
  const name = fields.get("name")?.trim() || query.name;
  const format = formatOf(fields.get("format") || query.format || (source && target ? "moses" : undefined), name ?? single?.name ?? source?.name);
  if (format === "moses") {
    if (!source || !target || single) throw new AppError("invalid-input", "A Moses import needs two files: source (Indonesian) and target (English).");
    return { fileName: name ?? source.name, format, sourcePath: source.path, targetPath: target.path, bytes: source.bytes + target.bytes };
  }
  if (!single || source || target) throw new AppError("invalid-input", "A TMX or TSV import sends one file, in the form field `file`.");
  return { fileName: name ?? single.name, format, sourcePath: single.path, bytes: single.bytes };
}

function receive(body: Readable, contentType: string, counter: UploadCounter): Promise<Received> {
  const received: Received = { fields: new Map(), files: new Map() };
  const writes: Promise<unknown>[] = [];
  const parts: Readable[] = [];
  return new Promise<Received>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      const refusal = error instanceof AppError ? error : new AppError("invalid-input", `The form could not be read: ${error instanceof Error ? error.message : String(error)}.`);
      body.unpipe();
      body.destroy();
      // Every part still being written fails, so its write settles and removes its file.
      for (const part of parts) part.destroy(refusal);
      busboy.destroy();
      // Answer only once every file is gone: a refused upload leaves nothing behind.
      void Promise.allSettled(writes).then(() => {
        removeUploads([...received.files.values()].map((file) => file.path));
        reject(refusal);
      });
    };
    let busboy: ReturnType<typeof Busboy>;
    try {
      busboy = Busboy({ headers: { "content-type": contentType }, limits: LIMITS });
    } catch (error) {
      reject(new AppError("invalid-input", `The form could not be read: ${error instanceof Error ? error.message : String(error)}.`));
      return;
    }
    busboy.on("file", (field, stream, fileName) => {
      if (settled) return void stream.resume();
      if (!FILE_FIELDS.has(field) || received.files.has(field)) {
        stream.resume();
        return fail(new AppError("invalid-input", `Unexpected form file "${field.slice(0, 32)}": send \`file\`, or \`source\` and \`target\` for Moses.`));
      }
      parts.push(stream);
      const entry = { path: newUploadPath(), name: fileName || `${field}.txt`, bytes: 0 };
      received.files.set(field, entry);
      writes.push(writeUpload(stream, entry.path, counter).then((bytes) => (entry.bytes = bytes), fail));
    });
    busboy.on("field", (field, value, _nameTruncated, valueTruncated) => {
      if (valueTruncated) return fail(new AppError("invalid-input", `The form field "${field.slice(0, 32)}" is too long.`));
      received.fields.set(field, value);
    });
    for (const limit of ["partsLimit", "filesLimit", "fieldsLimit"] as const) {
      busboy.on(limit, () => fail(new AppError("invalid-input", "The form has more parts than an import takes: `file` (or `source` and `target`), `format` and `name`.")));
    }
    busboy.on("error", fail);
    busboy.on("finish", () => {
      void Promise.all(writes).then(() => {
        if (settled) return;
        settled = true;
        resolve(received);
      }, fail);
    });
    body.on("error", fail);
    body.pipe(busboy);
  });
}
