// cli export [--format tsv] [--document <id>] [--out <file>]: streams to stdout or a file.
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { tsvChunks } from "@/lib/export/stream-tsv";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";

export async function runExport(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: "string", default: "tsv" }, document: { type: "string", multiple: true }, out: { type: "string" } },
  });
  if (values.format !== "tsv") throw new AppError("invalid-input", `Unknown format ${values.format}; use tsv.`);
  const ids = values.document ?? null;
  if (ids) {
    const found = await db.document.count({ where: { id: { in: ids } } });
    if (found !== new Set(ids).size) throw new AppError("not-found", "One of the --document ids does not exist.");
  }
  const out = values.out ? fs.createWriteStream(values.out) : process.stdout;
  for await (const chunk of tsvChunks({ documentIds: ids })) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  if (values.out) await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
  return 0;
}
