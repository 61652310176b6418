// cli memory import FILE [--format tmx|tsv|moses] [--target FILE_EN] [--as <email>] [--json]
//     memory list [--json] | memory remove <id>
// Files are streamed from disk, so a memory of any size up to MAX_IMPORT_BYTES imports
// in bounded memory. The format follows the extension unless --format names it;
// --target (the English file) makes it a Moses pair.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { toAppError } from "@/lib/operation-result";
import { importMemory } from "@/lib/memory/import-memory";
import { listMemoryImports } from "@/lib/memory/list-memory-imports";
import { removeMemoryImport } from "@/lib/memory/remove-memory-import";
import { MEMORY_IMPORT_FORMATS, type MemoryImportFormat, type MemoryImportReport } from "@/lib/memory/types";
import { cliActor } from "./cli-actor";

export async function runMemory(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "import") return runImport(rest);
  if (sub === "list") return runList(rest);
  if (sub === "remove") return runRemove(rest);
  throw new AppError("invalid-input", "memory needs a subcommand: import FILE, list or remove <id>");
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string" }, target: { type: "string" }, as: { type: "string" }, json: { type: "boolean" } },
  });
  const [file, extra] = positionals;
  if (!file || extra !== undefined) throw new AppError("invalid-input", "memory import needs exactly one file");
  const format = formatOf(file, values.format, values.target);
  if (format === "moses" && !values.target) throw new AppError("invalid-input", "a Moses import needs --target FILE_EN (the English lines)");
  for (const named of [file, values.target]) if (named !== undefined && !fs.existsSync(named)) throw new AppError("not-found", `no such file: ${named}`);
  const actor = await cliActor(values.as);
  const report = await importMemory({
    fileName: path.basename(file),
    format,
    actor,
    source: openFile(file),
    bytesTotal: fs.statSync(file).size + (values.target && fs.existsSync(values.target) ? fs.statSync(values.target).size : 0),
    onWait: (running) => process.stderr.write(`waiting for the import of ${running} to finish (imports run one at a time)…\n`),
    ...(format === "moses" && values.target ? { target: openFile(values.target) } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : summary(report));
  return 0;
}

function formatOf(file: string, named: string | undefined, target: string | undefined): MemoryImportFormat {
  if (named !== undefined) {
    if (!(MEMORY_IMPORT_FORMATS as readonly string[]).includes(named)) throw new AppError("invalid-input", `--format must be tmx, tsv or moses, not ${named}`);
    return named as MemoryImportFormat;
  }
  if (target !== undefined) return "moses";
  const extension = path.extname(file).toLowerCase();
  if (extension === ".tmx") return "tmx";
  if (extension === ".tsv") return "tsv";
  throw new AppError("invalid-input", `cannot tell the format of ${path.basename(file)}: pass --format tmx|tsv|moses`);
}

function openFile(file: string): AsyncIterable<Uint8Array> {
  return fs.createReadStream(file, { highWaterMark: 256 * 1024 });
}

function summary(report: MemoryImportReport): string {
  const reasons = Object.entries(report.reasons).map(([code, count]) => `${code} ${count}`).join(", ");
  const lines = [`imported ${report.imported}, duplicates ${report.duplicates}, refused ${report.refused}${reasons ? ` (${reasons})` : ""}: ${report.fileName} (${report.id})`];
  for (const refusal of report.refusals) lines.push(`  line ${refusal.line}: ${refusal.code}`);
  return `${lines.join("\n")}\n`;
}

async function runList(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
  const imports = await listMemoryImports();
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ imports }, null, 2)}\n`);
    return 0;
  }
  for (const i of imports) process.stdout.write(`${i.id}  ${i.createdAt}  ${i.format}  ${i.status.padEnd(7)}  ${i.imported}/${i.duplicates}/${i.refused}  ${i.createdByName}  ${i.fileName}\n`);
  process.stderr.write(`${imports.length} import(s); counts are imported/duplicates/refused\n`);
  return 0;
}

async function runRemove(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [id, extra] = positionals;
  if (!id || extra !== undefined) throw new AppError("invalid-input", "memory remove needs exactly one import id");
  const result = await removeMemoryImport(id);
  if (!result.ok) throw toAppError(result);
  process.stdout.write(`removed: ${result.id} (${result.units} unit(s))\n`);
  return 0;
}
