// Crash harness: ingests and translates the sample corpus with the CLI's ingest and
// worker commands, each in its own process, while a simulated editor saves corrections, kill -9s both at random
// moments, restarts the worker to completion, and checks the database after each round.
//   npx tsx scripts/crash-harness.ts [--rounds 20] [--window-ms <default: measured>] [--seed 1]
// Prints one JSON report; exits 1 when any round found a problem.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { killChildrenOnExit, killGroup, REPO_ROOT, sleep, startProcess, startScript, stopChild, type Child } from "@/lib/test/child-process";
import { verifyCrashState, type AcknowledgedEdit } from "@/lib/test/verify-crash-state";

export type HarnessOptions = { rounds: number; windowMs?: number; seed: number; sources: string[]; dir?: string; log?: (line: string) => void };
export type RoundReport = { round: number; killIngest: string; killWorker: string; documents: number; segments: number; edits: number; problems: string[] };
export type HarnessReport = { rounds: RoundReport[]; ok: boolean; seconds: number; windowMs: number };

const FINISH_TIMEOUT_MS = 180_000;
const SELF = "scripts/crash-harness.ts";

/**
 * The CLI's own commands (lib/cli/*-command.ts) in a child process. Not through
 * lib/cli/main.ts: its start-up migration fails with a busy error whenever another
 * process is reading the database (reported to the lead), so the harness migrates once.
 */
function startCommand(args: readonly string[], env: NodeJS.ProcessEnv): Child {
  return startScript(SELF, ["child", ...args], env);
}

export async function runCrashHarness(options: HarnessOptions): Promise<HarnessReport> {
  const started = Date.now();
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "selaras-crash-"));
  const file = path.join(dir, "crash.db");
  // Short leases: a killed worker's sentences go back to the queue within two seconds.
  const env = { ...process.env, DATABASE_URL: `file:${file}`, TRANSLATION_ENGINE: "draft", TRANSLATION_BATCH_SIZE: "2", TRANSLATION_LEASE_MS: "2000", SEED_DEMO: "false", WORKER_ENABLED: "true" };
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed);
  await migrate(env);
  const windowMs = options.windowMs ?? (await calibrate(dir, env, options.sources));
  log(`kill window: ${windowMs} ms`);
  const edits: AcknowledgedEdit[] = [];
  const rounds: RoundReport[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const files = writeRoundSources(dir, round, options.sources);
    const killIngest = pickKillPoint(random, windowMs, files.length);
    const killWorker = pickKillPoint(random, windowMs, files.length);
    const editor = startEditor(file, edits, random);
    const [ingestKill, workerKill] = await Promise.all([
      killAt(startCommand(["ingest", ...files, "--wait"], env), file, killIngest, 2 * windowMs),
      killAt(startCommand(["worker"], env), file, killWorker, 2 * windowMs),
    ]);
    const midway = verifyCrashState(file, edits, { finished: false });
    const finishProblems = await finishWorker(file, env);
    await editor.stop();
    const final = verifyCrashState(file, edits, { finished: true });
    const problems = [...midway.problems.map((p) => `after kill: ${p}`), ...finishProblems, ...final.problems];
    rounds.push({ round, killIngest: ingestKill, killWorker: workerKill, documents: final.documents, segments: final.segments, edits: final.edits, problems });
    log(`round ${round}: ${final.documents} documents, ${final.segments} segments, ${final.edits} edits, ${problems.length} problem(s)`);
  }
  if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
  return { rounds, ok: rounds.every((r) => r.problems.length === 0), seconds: (Date.now() - started) / 1000, windowMs };
}

async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const prisma = path.join(REPO_ROOT, "node_modules/prisma/build/index.js");
  const child = startProcess(process.execPath, [prisma, "migrate", "deploy"], env);
  if ((await child.exited) !== 0) throw new Error(`migration failed:\n${child.output()}`);
}

/**
 * How long an uninterrupted `ingest --wait` of one article takes on this machine, start-up
 * included, so random kill times cover start-up, ingest and translation alike. Its
 * document stays in the database and is checked with the rest.
 */
async function calibrate(dir: string, env: NodeJS.ProcessEnv, sources: readonly string[]): Promise<number> {
  const [first] = writeRoundSources(dir, 0, sources.slice(0, 1));
  if (!first) throw new Error("no source articles for the crash harness");
  const began = Date.now();
  const child = startCommand(["ingest", first, "--wait"], env);
  if ((await child.exited) !== 0) throw new Error(`calibration ingest failed:\n${child.output()}`);
  return Math.round((Date.now() - began) * 1.2);
}

/** Each round's copies end in a new sentence, so they are new documents, not duplicates. */
function writeRoundSources(dir: string, round: number, sources: readonly string[]): string[] {
  const roundDir = path.join(dir, `round-${round}`);
  fs.mkdirSync(roundDir, { recursive: true });
  return sources.map((source) => {
    const target = path.join(roundDir, path.basename(source));
    fs.writeFileSync(target, `${fs.readFileSync(source, "utf8").trimEnd()}\n\nCatatan uji ketahanan putaran ${round}.\n`);
    return target;
  });
}

/**
 * When to kill -9: a random time after spawn (often during start-up or migration), or
 * once the database shows a random amount of progress — some new documents (mid-ingest)
 * or some new machine translations (mid-batch) — plus a random few milliseconds.
 */
type KillPoint = { kind: "time"; ms: number } | { kind: "documents" | "translations"; count: number; extraMs: number };

function pickKillPoint(random: () => number, windowMs: number, files: number): KillPoint {
  const roll = random();
  if (roll < 0.3) return { kind: "time", ms: Math.round(random() * windowMs) };
  if (roll < 0.55) return { kind: "documents", count: 1 + Math.floor(random() * files), extraMs: Math.round(random() * 150) };
  return { kind: "translations", count: 1 + Math.floor(random() * 40), extraMs: Math.round(random() * 150) };
}

function describeKill(point: KillPoint): string {
  return point.kind === "time" ? `${point.ms} ms after start` : `${point.extraMs} ms after ${point.count} new ${point.kind}`;
}

async function killAt(child: Child, file: string, point: KillPoint, deadlineMs: number): Promise<string> {
  const handle = new Database(file, { readonly: true, timeout: 10_000 });
  const progress = handle.prepare(`SELECT (SELECT count(*) FROM "Document") AS documents, (SELECT count(*) FROM "Change" WHERE "action" IN ('machine', 'memory')) AS translations`);
  const count = () => (progress.get() as Record<"documents" | "translations", number>)[point.kind === "time" ? "documents" : point.kind];
  const start = count();
  const began = Date.now();
  let exited = false;
  let outcome = `exited by itself (planned: ${describeKill(point)})`;
  void child.exited.then(() => (exited = true));
  try {
    while (!exited) {
      // A worker never exits by itself: when the progress never comes, kill it anyway.
      const late = Date.now() - began >= deadlineMs;
      const reached = point.kind === "time" ? Date.now() - began >= point.ms : count() - start >= point.count;
      if (reached || late) {
        if (reached && point.kind !== "time") await sleep(point.extraMs);
        killGroup(child);
        outcome = `${reached ? describeKill(point) : "deadline"}: killed at ${Date.now() - began} ms`;
        break;
      }
      await sleep(15);
    }
    await child.exited;
    return outcome;
  } finally {
    handle.close();
  }
}

/** The restarted worker must pick up where the killed ones stopped and finish everything. */
async function finishWorker(file: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const worker = startCommand(["worker"], env);
  const handle = new Database(file, { readonly: true, timeout: 10_000 });
  const deadline = Date.now() + FINISH_TIMEOUT_MS;
  try {
    for (;;) {
      // A document the worker gave up on (status failed) is reported by the checks, not waited for.
      const open = handle
        .prepare("SELECT count(*) AS n FROM Segment s JOIN Document d ON d.id = s.documentId WHERE d.status = 'translating' OR (s.status = 'pending' AND d.status <> 'failed')")
        .get() as { n: number };
      if (open.n === 0) break;
      if (worker.process.exitCode !== null) return [`restarted worker exited early (${worker.process.exitCode}):\n${worker.output()}`];
      if (Date.now() > deadline) return [`worker did not finish within ${FINISH_TIMEOUT_MS / 1000}s`];
      await sleep(250);
    }
  } finally {
    handle.close();
    await stopChild(worker);
  }
  return [];
}

/**
 * A stand-in for the editor: saves corrections with the same optimistic version check as
 * PATCH /api/segments/:id, in its own process, while workers run and die around it. An
 * edit is recorded only once its transaction has committed (the moment a 200 is sent).
 */
function startEditor(file: string, edits: AcknowledgedEdit[], random: () => number): { stop: () => Promise<void> } {
  const handle = new Database(file, { timeout: 10_000 });
  type Picked = { id: string; documentId: string; version: number; target: string | null; status: string; engine: string | null };
  const pick = handle.prepare(`SELECT id, "documentId", version, target, status, engine FROM "Segment" WHERE status IN ('machine', 'memory', 'edited') ORDER BY random() LIMIT 1`);
  const update = handle.prepare(`UPDATE "Segment" SET target = ?, status = 'edited', "reviewedBy" = 'human', version = version + 1, "updatedAt" = ? WHERE id = ? AND version = ?`);
  // The same row record-change.ts writes for a person's edit.
  const log = handle.prepare(
    `INSERT INTO "Change" (id, "action", "documentId", "segmentId", "actorKind", "actorId", "actorName", engine, "oldTarget", "newTarget", "oldStatus", "newStatus", version, "createdAt")
     VALUES (?, 'edit', ?, ?, 'person', NULL, 'human', ?, ?, ?, ?, 'edited', ?, ?)`,
  );
  const save = handle.transaction((segment: Picked, target: string) => {
    const now = new Date().toISOString().replace("Z", "+00:00");
    if (update.run(target, now, segment.id, segment.version).changes === 0) return false;
    log.run(randomUUID(), segment.documentId, segment.id, segment.engine, segment.target, target, segment.status, segment.version + 1, now);
    return true;
  });
  let running = true;
  const loop = (async () => {
    while (running) {
      const segment = pick.get() as Picked | undefined;
      const target = `Koreksi manusia ${Math.floor(random() * 1e9)}`;
      if (segment && save(segment, target)) edits.push({ segmentId: segment.id, target, version: segment.version + 1 });
      await sleep(30 + random() * 70);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      handle.close();
    },
  };
}

/** mulberry32: a reproducible run from --seed. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample corpus beside the checkout, else the committed fixtures. */
export function harnessSources(): string[] {
  const corpus = path.resolve(REPO_ROOT, "../shared/corpus");
  const fixtures = path.join(REPO_ROOT, "lib/text/fixtures");
  const dir = fs.existsSync(corpus) ? corpus : fixtures;
  return fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort().map((n) => path.join(dir, n));
}

async function runChild([command, ...args]: string[]): Promise<number> {
  if (command === "ingest") return (await import("@/lib/cli/ingest-command")).runIngest(args);
  if (command === "worker") return (await import("@/lib/cli/worker-command")).runWorker();
  throw new Error(`unknown child command ${command}`);
}

async function main(): Promise<void> {
  if (process.argv[2] === "child") {
    process.exitCode = await runChild(process.argv.slice(3));
    return;
  }
  killChildrenOnExit();
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "20" }, "window-ms": { type: "string" }, seed: { type: "string" } } });
  const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
  const report = await runCrashHarness({
    rounds: Number(values.rounds),
    windowMs: values["window-ms"] ? Number(values["window-ms"]) : undefined,
    seed,
    sources: harnessSources(),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify({ seed, ...report }, null, 2)}\n`);
  process.exitCode = report.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
