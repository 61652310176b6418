// Export benchmark: builds a corpus of N pairs in a throwaway database, then times the
// TSV and TMX exports (each in its own child process, so peak RSS is the export's
// alone) against the floor, sqlite3 dumping the same rows in tab mode. Prints one JSON
// object. Target: 1M pairs in under 60 s and 150 MB peak RSS, TSV within 3x of sqlite3.
// It also counts the export statistics while another client's GET /api/documents runs
// alongside (bench-export-stats.ts): target, no such request held up more than 100 ms.
//   npx tsx --conditions=react-server scripts/bench-export.ts [--pairs 1000000] [--keep]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { generateBenchCorpus } from "./bench-export-corpus";
import { runStatsChild, type StatsRun } from "./bench-export-stats";

const SCRIPT = fileURLToPath(import.meta.url);
type Run = { seconds: number; cpuSeconds: number; peakRssMb: number; bytes: number; lines: number };

const { values } = parseArgs({
  options: { pairs: { type: "string", default: "1000000" }, keep: { type: "boolean", default: false }, child: { type: "string" }, out: { type: "string" } },
});

if (values.child?.startsWith("stats-")) process.stdout.write(JSON.stringify(await runStatsChild(values.child.slice(6) as "idle" | "thread" | "inline")));
else if (values.child) await runChild(values.child, values.out ?? "");
else await runBench(Number(values.pairs), values.keep ?? false);

async function runBench(pairs: number, keep: boolean): Promise<void> {
  if (!Number.isInteger(pairs) || pairs < 1) throw new Error("--pairs must be a positive integer");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-"));
  const database = path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${database}`;
  try {
    const { migrateDatabase } = await import("@/lib/migrate");
    await migrateDatabase();
    const generated = timed(() => generateBenchCorpus(database, pairs));
    const baseline = child("none", path.join(dir, "none"));
    const tsv = child("tsv", path.join(dir, "corpus.tsv"));
    const tmx = child("tmx", path.join(dir, "corpus.tmx"));
    const floor = sqliteFloor(database, path.join(dir, "floor.tsv"));
    const stats = ["idle", "thread", "inline"].map((mode) => statsChild(mode));
    const result = {
      pairs,
      options: "format defaults: status=translated, drafts=0, dedupe=1 (the corpus default)",
      generateSeconds: round(generated.seconds),
      tsv: { seconds: tsv.seconds, cpuSeconds: tsv.cpuSeconds, peakRssMb: tsv.peakRssMb, megabytes: round(tsv.bytes / 1e6), lines: tsv.lines },
      tmx: { seconds: tmx.seconds, cpuSeconds: tmx.cpuSeconds, peakRssMb: tmx.peakRssMb, megabytes: round(tmx.bytes / 1e6) },
      idleChildRssMb: baseline.peakRssMb,
      sqlite3: floor,
      ratioTsvToSqlite3: floor ? round(tsv.seconds / floor.seconds) : null,
      statsAlongside: {
        what: "export statistics counted on a cold cache while another client asks GET /api/documents every 50 ms in the same process; worstMs: its worst request, from when it was due",
        reference: stats[0],
        measured: stats[1],
        onTheEventLoop: stats[2],
        targetWorstMs: 100,
        met: (stats[1]?.otherClient.worstMs ?? Infinity) <= 100,
      },
      cores: os.availableParallelism(),
      loadAverage1m: round(os.loadavg()[0] ?? 0),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One statistics run in a fresh process (a cold cache each time). */
function statsChild(mode: string): StatsRun {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", SCRIPT, "--child", `stats-${mode}`], { env: process.env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`stats ${mode} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as StatsRun;
}

/** One export in a fresh Node process running exactly the CLI's code path. */
function child(format: string, out: string): Run {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", SCRIPT, "--child", format, "--out", out], {
    env: process.env,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${format} export failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Run;
}

async function runChild(format: string, out: string): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  if (format !== "none") {
    const { runExport } = await import("@/lib/cli/export-command");
    await runExport(["--format", format, "--out", out]);
  }
  const used = process.cpuUsage(cpu);
  const bytes = format === "none" ? 0 : fs.statSync(out).size;
  const run: Run = {
    seconds: round((performance.now() - started) / 1000),
    cpuSeconds: round((used.user + used.system) / 1e6),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    bytes,
    lines: format === "none" ? 0 : countLines(out),
  };
  process.stdout.write(JSON.stringify(run));
}

/** The floor: the same rows, in the same order, written by sqlite3 itself. */
function sqliteFloor(database: string, out: string): { seconds: number; lines: number } | null {
  if (spawnSync("sqlite3", ["-version"]).status !== 0) {
    process.stderr.write("sqlite3 not found (apt-get install sqlite3): floor skipped\n");
    return null;
  }
  const sql = `SELECT s.source, s.target FROM Segment s JOIN Document d ON d.id = s.documentId
    WHERE s.target IS NOT NULL AND s.status <> 'pending' ORDER BY d.createdAt, d.id, s.position`;
  const fd = fs.openSync(out, "w");
  const { seconds, value } = timed(() => spawnSync("sqlite3", ["-batch", "-separator", "\t", database, sql], { stdio: ["ignore", fd, "pipe"] }));
  fs.closeSync(fd);
  if (value.status !== 0) throw new Error(`sqlite3 failed: ${value.stderr.toString()}`);
  return { seconds: round(seconds), lines: countLines(out) };
}

function countLines(file: string): number {
  let lines = 0;
  const buffer = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, "r");
  for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) {
    for (let i = 0; i < read; i++) if (buffer[i] === 10) lines++;
  }
  fs.closeSync(fd);
  return lines;
}

function timed<T>(work: () => T): { seconds: number; value: T } {
  const started = performance.now();
  const value = work();
  return { seconds: (performance.now() - started) / 1000, value };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
