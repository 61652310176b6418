// cli export [--format tsv|tmx|moses|jsonl|glossary] [--status translated|checked|approved]
//   [--document <id>]… [--dedupe|--no-dedupe] [--drafts] [--header] [--columns meta]
//   [--spreadsheet] [--out <file>]
// Streams to stdout or a file. The flags become the same query the HTTP export parses.
// Drafts left out are said on stderr; a choice that selects nothing is an error, not
// an empty file.
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { exportBody, exportContents } from "@/lib/export/export-body";
import { parseExportQuery, type ExportOptions } from "@/lib/export/export-options";

export async function runExport(args: string[]): Promise<number> {
  const { options, outFile } = parseExportArgs(args);
  // A zip on a terminal is noise and can upset it; a pipe or a file is what was meant.
  if (options.format === "moses" && !outFile && process.stdout.isTTY) {
    throw new AppError("invalid-input", "The Moses export is a zip: pass --out <file.zip> or redirect stdout.");
  }
  const { empty, draftsLeftOut } = await exportContents(options);
  const leftOut = draftsLeftOut > 0 ? `${draftsLeftOut} draft pair${draftsLeftOut === 1 ? "" : "s"} left out (add --drafts)` : null;
  if (empty) throw new AppError("empty-export", `Nothing to export: no pair matches this choice.${leftOut ? ` ${leftOut}.` : ""}`);
  if (leftOut) process.stderr.write(`${leftOut}\n`);
  const body = await exportBody(options);
  const out = outFile ? fs.createWriteStream(outFile) : process.stdout;
  for await (const chunk of body.chunks) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  if (outFile) await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
  return 0;
}

const ARG_OPTIONS = {
  format: { type: "string" },
  status: { type: "string" },
  document: { type: "string", multiple: true },
  dedupe: { type: "boolean" },
  "no-dedupe": { type: "boolean" },
  drafts: { type: "boolean" },
  header: { type: "boolean" },
  columns: { type: "string" },
  spreadsheet: { type: "boolean" },
  out: { type: "string" },
} as const;

export function parseExportArgs(args: string[]): { options: ExportOptions; outFile: string | null } {
  const { values, positionals } = parseArgs({ args, options: ARG_OPTIONS, allowPositionals: true });
  if (positionals.length > 0) throw new AppError("invalid-input", `Unexpected argument ${positionals[0]}.`);
  if (values.dedupe && values["no-dedupe"]) throw new AppError("invalid-input", "Pass --dedupe or --no-dedupe, not both.");
  const params = new URLSearchParams();
  if (values.format) params.set("format", values.format);
  if (values.status) params.set("status", values.status);
  if (values.columns) params.set("columns", values.columns);
  for (const id of values.document ?? []) params.append("documents", id);
  if (values.dedupe) params.set("dedupe", "1");
  if (values["no-dedupe"]) params.set("dedupe", "0");
  if (values.drafts) params.set("drafts", "1");
  if (values.header) params.set("header", "1");
  if (values.spreadsheet) params.set("spreadsheet", "1");
  const parsed = parseExportQuery(params);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.message);
  return { options: parsed.options, outFile: values.out ?? null };
}
