// Web responsiveness under heavy work: GET /api/documents latency (one client asking every
// 50 ms, timed from when each request was due) while a 20,000-sentence article is ingested
// and translated, against the same client on the idle server in the same run. The web
// server is the production build (`next build` first; NEXT_DIST_DIR picks it) and the
// worker is the app's own worker loop (lib/test/counting-worker.ts), with (a) the tiny
// generated model plus a fixed delay per batch and (b) the draft engine. Prints JSON.
//   npm run bench:responsive -- [--sentences 20000] [--seconds 60] [--delay-ms 1000] [--port 3399]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { killChildrenOnExit, REPO_ROOT, startProcess, startScript, stopChild, type Child } from "@/lib/test/child-process";
import { articleOf, waitFor } from "@/lib/test/worker-fixtures";
import { round, summarize } from "@/lib/test/latency-stats";
import { buildTinyModel } from "@/lib/translation/tiny-model/build-tiny-model";

const { values } = parseArgs({
  options: {
    sentences: { type: "string", default: "20000" },
    seconds: { type: "string", default: "60" },
    "idle-seconds": { type: "string", default: "20" },
    "delay-ms": { type: "string", default: "1000" },
    port: { type: "string", default: "3399" },
  },
});
const sentences = Number(values.sentences);
const seconds = Number(values.seconds);
const idleSeconds = Number(values["idle-seconds"]);
const delayMs = Number(values["delay-ms"]);
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;
const TARGETS = { p99TimesIdle: 3, maxMs: 1_000 };

killChildrenOnExit();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-responsive-"));
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!fs.existsSync(path.join(REPO_ROOT, distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run \`next build\` first (NEXT_DIST_DIR=${distDir}).`);
const { modelId, modelsDir } = await buildTinyModel(dir);
const base: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, NEXT_DIST_DIR: distDir, SEED_DEMO: "false", ALLOW_REMOTE_MODELS: "false", WORKER_POLL_MS: "500" };
const engines = {
  tiny: { ...base, TRANSLATION_ENGINE: "neural", TRANSLATION_MODEL: modelId, MODELS_DIR: modelsDir, BATCH_DELAY_MS: String(delayMs), TRANSLATION_BATCH_SIZE: "8" },
  draft: { ...base, TRANSLATION_ENGINE: "draft", TRANSLATION_BATCH_SIZE: "8" },
};

function cli(args: string[]): string {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/main.ts", ...args], { cwd: REPO_ROOT, env: base, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`cli ${args[0]} ${args[1]} failed: ${result.stderr}`);
  return result.stdout.trim();
}

const { migrateDatabase } = await import("@/lib/migrate");
Object.assign(process.env, { DATABASE_URL: base.DATABASE_URL });
await migrateDatabase();
cli(["user", "create", "--email", "bench@example.com", "--password", `bench-${Date.now()}-${Math.random()}`, "--name", "Bench", "--role", "owner"]);
const token = cli(["token", "create", "--email", "bench@example.com", "--name", "bench"]);
const headers = { authorization: `Bearer ${token}`, origin };

const nextBin = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
// The web server alone: the bench starts its own worker for each engine.
const web = startProcess(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], { ...engines.tiny, SELARAS_PROCESS_ROLE: "web", WORKER_ENABLED: "false" });
await waitFor(() => fetch(`${origin}/api/documents`).then((r) => r.status < 500, () => false), 120_000, () => web.output());

/** The other client: every 50 ms from when it was due; returns each request's latency. */
async function sample(durationMs: number, url = `${origin}/api/documents`): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  let due = performance.now();
  while (performance.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const response = await fetch(url, { headers }).catch(() => null);
    if (!response?.ok) errors++;
    await response?.arrayBuffer();
    latencies.push(performance.now() - due);
    due += 50;
    if (due < performance.now()) due = performance.now();
  }
  return { latencies, errors };
}

async function ingest(text: string): Promise<string> {
  const response = await fetch(`${origin}/api/documents`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ text }) });
  if (response.status !== 202) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

// A library to list: 30 short articles, translated by the draft worker before anything is timed.
const { db } = await import("@/lib/db");
let worker: Child = startScript("lib/test/counting-worker.ts", [], engines.draft);
for (let i = 0; i < 30; i++) await ingest(articleOf(20, `Pustaka${i}`));
await waitFor(async () => (await db.segment.count({ where: { status: "pending" } })) === 0, 300_000, () => worker.output());
await stopChild(worker);

async function underWork(engine: keyof typeof engines) {
  worker = startScript("lib/test/counting-worker.ts", [], engines[engine]);
  await waitFor(() => worker.output().includes("ready"), 120_000, () => worker.output());
  const idle = await sample(idleSeconds * 1000);
  const ingestStarted = performance.now();
  let ingestMs: number | null = null;
  // The article goes in through the API while the client keeps asking, then translation runs.
  const posted = ingest(articleOf(sentences - 1, `Panjang${engine}`)).then((id) => ((ingestMs = performance.now() - ingestStarted), id));
  const busy = await sample(seconds * 1000);
  const id = await posted;
  const translated = await db.segment.count({ where: { documentId: id, status: { not: "pending" } } });
  await stopChild(worker);
  const idleStats = summarize(idle.latencies);
  const busyStats = summarize(busy.latencies);
  const ratio = idleStats.p99 > 0 ? round(busyStats.p99 / idleStats.p99) : null;
  return {
    engine: engine === "tiny" ? `tiny generated model, ${delayMs} ms per batch of 8` : "draft engine, batches of 8",
    reference: { name: "the same client on the idle server, this run (worker up, nothing to do)", ...idleStats, errors: idle.errors },
    underWork: { ...busyStats, errors: busy.errors, ingestSeconds: ingestMs === null ? null : round(ingestMs / 1000), sentencesTranslatedInWindow: translated },
    p99TimesIdle: ratio,
    met: ratio !== null && ratio <= TARGETS.p99TimesIdle && busyStats.max <= TARGETS.maxMs,
  };
}

try {
  const runs = [await underWork("tiny"), await underWork("draft")];
  const report = { benchmark: "responsive", route: "GET /api/documents (first page of 50)", sentences, windowSeconds: seconds, cores: os.availableParallelism(), loadAverage: os.loadavg().map((n) => round(n)), targets: TARGETS, runs };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await stopChild(web);
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}
