// Export on PostgreSQL against SQLite, the reference, measured in the same run: the export
// benchmark's corpus (bench-export-corpus.ts) is built in a throwaway SQLite file and copied
// row for row into a throwaway PostgreSQL database (lib/test/postgres.ts: SELARAS_TEST_PG_URL
// or 127.0.0.1:5432), then the CLI's TSV and TMX exports run in fresh child processes
// (bench-export.ts --child) against each. For each size: seconds, peak RSS (flat memory: it
// must not grow with the corpus) and whether the two providers wrote the same bytes.
//   npx tsx --conditions=react-server scripts/bench-export-postgres.ts [--pairs 100000,400000]
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { createTestDatabase } from "@/lib/test/postgres";
import { generateBenchCorpus } from "./bench-export-corpus";

const BENCH_EXPORT = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench-export.ts");
const COPY_BATCH = 5_000;
type Run = { seconds: number; cpuSeconds: number; peakRssMb: number; bytes: number; lines: number };

const { values } = parseArgs({ options: { pairs: { type: "string", default: "100000,400000" } } });
const sizes = (values.pairs ?? "").split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--pairs takes positive integers, comma-separated");

const results = [];
for (const pairs of sizes) results.push(await measure(pairs));
process.stdout.write(`${JSON.stringify({ what: "CLI export (status=translated, dedupe=1), each run in a fresh process; SQLite is the reference", runs: results, cores: os.availableParallelism(), loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 }, null, 2)}\n`);

async function measure(pairs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-pg-"));
  const file = path.join(dir, "bench.db");
  const postgres = await createTestDatabase();
  try {
    process.env.DATABASE_URL = `file:${file}`;
    const { migrateDatabase } = await import("@/lib/migrate");
    await migrateDatabase();
    generateBenchCorpus(file, pairs);
    const copySeconds = await copyCorpus(file, postgres.url);
    const sqlite = { tsv: child(`file:${file}`, "tsv", path.join(dir, "sqlite.tsv")), tmx: child(`file:${file}`, "tmx", path.join(dir, "sqlite.tmx")) };
    const postgresql = { tsv: child(postgres.url, "tsv", path.join(dir, "pg.tsv")), tmx: child(postgres.url, "tmx", path.join(dir, "pg.tmx")) };
    return {
      pairs,
      copyToPostgresSeconds: copySeconds,
      idleChildRssMb: child(`file:${file}`, "none", path.join(dir, "none")).peakRssMb,
      sqlite,
      postgresql,
      // TMX carries the export's time, so only TSV can match byte for byte across two runs.
      sameTsvBytes: digest(path.join(dir, "sqlite.tsv")) === digest(path.join(dir, "pg.tsv")),
      ratioTsvSeconds: Math.round((postgresql.tsv.seconds / sqlite.tsv.seconds) * 100) / 100,
    };
  } finally {
    await postgres.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Documents and segments, as SQLite holds them, in batches of one INSERT … SELECT FROM unnest. */
async function copyCorpus(file: string, url: string): Promise<number> {
  const started = performance.now();
  const source = new Database(file, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const documents = source.prepare(`SELECT "id", "title", "contentHash", "createdAt" FROM "Document"`).all() as { id: string; title: string; contentHash: string; createdAt: string }[];
    await client.query(
      `INSERT INTO "Document" ("id", "title", "rawText", "contentHash", "status", "createdAt", "updatedAt")
       SELECT d."id", d."title", '', d."contentHash", 'ready', d."createdAt", d."createdAt"
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS d("id", "title", "contentHash", "createdAt")`,
      [documents.map((d) => d.id), documents.map((d) => d.title), documents.map((d) => d.contentHash), documents.map((d) => d.createdAt)],
    );
    type Row = { id: string; documentId: string; paragraphIndex: number; position: number; source: string; target: string; status: string; engine: string; updatedAt: string };
    const rows = source.prepare(`SELECT "id", "documentId", "paragraphIndex", "position", "source", "target", "status", "engine", "updatedAt" FROM "Segment"`).iterate() as IterableIterator<Row>;
    let batch: Row[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const column = <K extends keyof Row>(key: K) => batch.map((row) => row[key]);
      await client.query(
        `INSERT INTO "Segment" ("id", "documentId", "paragraphIndex", "position", "source", "sourceHash", "target", "status", "engine", "updatedAt")
         SELECT s."id", s."documentId", s."paragraphIndex", s."position", s."source", '', s."target", s."status"::"SegmentStatus", s."engine", s."updatedAt"
         FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
           AS s("id", "documentId", "paragraphIndex", "position", "source", "target", "status", "engine", "updatedAt")`,
        [column("id"), column("documentId"), column("paragraphIndex"), column("position"), column("source"), column("target"), column("status"), column("engine"), column("updatedAt")],
      );
      batch = [];
    };
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= COPY_BATCH) await flush();
    }
    await flush();
    await client.query("ANALYZE");
  } finally {
    source.close();
    await client.end();
  }
  return Math.round((performance.now() - started) / 10) / 100;
}

function child(url: string, format: string, out: string): Run {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", BENCH_EXPORT, "--child", format, "--out", out], {
    env: { ...process.env, DATABASE_URL: url, BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "selaras-bench-secret-0123456789abcdef" },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${format} export failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Run;
}

function digest(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
