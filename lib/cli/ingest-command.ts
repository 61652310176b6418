// cli ingest <files…> [--wait] [--json] [--translation en.txt [--compare]] [--as <email>]: one line per file; a bad file is reported and
// the others still go in; the exit code is non-zero when any file was refused.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { textFromFile } from "@/lib/ingest/read-source";
import { drainQueue } from "@/lib/jobs/translation-worker";
import { requestComparison } from "@/lib/comparison/request-comparison";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/changes/actor";
import { cliActor } from "./cli-actor";
import { progressReporter } from "./progress";

type Row = { id: string | null; file: string; status: string; duplicate: boolean; error?: string };

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { wait: { type: "boolean" }, json: { type: "boolean" }, title: { type: "string" }, translation: { type: "string" }, compare: { type: "boolean" }, as: { type: "string" } },
  });
  if (positionals.length === 0) throw new Error("ingest needs at least one file");
  // A translation belongs to one article: with several files it would be ambiguous which.
  if (values.translation && positionals.length > 1) throw new Error("--translation goes with exactly one file");
  if (values.compare && !values.translation) throw new Error("--compare needs --translation (the article's published English)");
  const actor = await cliActor(values.as);
  const rows: Row[] = [];
  for (const file of positionals) rows.push(await ingestFile(file, { title: values.title ?? null, translationFile: values.translation ?? null, actor }));
  // Machine translations to compare with the published English, owed after all other work.
  for (const row of rows) if (values.compare && row.id) await requestComparison(row.id);
  if (values.wait && rows.some((r) => r.id)) {
    const report = progressReporter(process.stderr);
    await drainQueue({ onBatch: async () => report(await countProgress()) });
    report(await countProgress(), true);
    for (const row of rows) {
      if (row.id) row.status = (await db.document.findUnique({ where: { id: row.id }, select: { status: true } }))?.status ?? row.status;
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify(rows.map(({ error, ...r }) => (error ? { ...r, error } : r)), null, 2)}\n`);
  else for (const row of rows) process.stdout.write(`${describe(row)}\n`);
  return rows.some((r) => r.error) ? 1 : 0;
}

async function readSource(file: string) {
  return textFromFile(path.basename(file), new Uint8Array(fs.readFileSync(file)));
}

type IngestOptions = { title: string | null; translationFile: string | null; actor: Actor };

async function ingestFile(file: string, { title, translationFile, actor }: IngestOptions): Promise<Row> {
  try {
    const source = await readSource(file);
    const english = translationFile ? await readSource(translationFile) : null;
    const translation = english ? { text: english.text, title: english.title } : null;
    const result = await ingestDocument({ ...source, title: title ?? source.title, translation, actor });
    return { id: result.id, file, status: result.status, duplicate: result.duplicate };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${file}: ${message}\n`);
    return { id: null, file, status: "refused", duplicate: false, error: message };
  }
}

async function countProgress(): Promise<{ done: number; total: number }> {
  // Trashed documents are not translated until restored, so they would never finish.
  const live = { document: { deletedAt: null } };
  const [total, pending] = await Promise.all([db.segment.count({ where: live }), db.segment.count({ where: { ...live, status: "pending" } })]);
  return { done: total - pending, total };
}

function describe(row: Row): string {
  if (row.error) return `✗ ${row.file}: ${row.error}`;
  return `${row.duplicate ? "=" : "+"} ${row.id} ${row.status}${row.duplicate ? " (already in the library)" : ""}  ${row.file}`;
}
