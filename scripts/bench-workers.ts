// Two translation workers on one database against one: the same article translated by
// one worker process, then by two, on the real worker loop and queue with the tiny
// model (or the draft engine) and a fixed delay per batch standing in for a slower
// model (1 s per batch of 8, about what opus-mt takes on a CPU). Reports inference
// calls per sentence (1.0: none was done twice) and the throughput ratio, both runs
// measured in this run, on this machine.
//   npm run bench:workers -- [--sentences 200] [--delay-ms 1000] [--batch 8] [--engine tiny|draft]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { killChildrenOnExit, startScript, stopChild, type Child } from "@/lib/test/child-process";
import { articleOf, readCallLog, waitFor } from "@/lib/test/worker-fixtures";
import { buildTinyModel } from "@/lib/translation/tiny-model/build-tiny-model";

const { values } = parseArgs({
  options: {
    sentences: { type: "string", default: "200" },
    "delay-ms": { type: "string", default: "1000" },
    batch: { type: "string", default: "8" },
    engine: { type: "string", default: "tiny" },
  },
});
const sentences = Number(values.sentences);
const delayMs = Number(values["delay-ms"]);
const batch = Number(values.batch);
const engine = values.engine === "draft" ? "draft" : "tiny";

killChildrenOnExit();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-workers-"));
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, SEED_DEMO: "false", TRANSLATION_BATCH_SIZE: String(batch), BATCH_DELAY_MS: String(delayMs), WORKER_POLL_MS: "60000" };
if (engine === "tiny") {
  const { modelId, modelsDir } = await buildTinyModel(dir);
  Object.assign(env, { TRANSLATION_ENGINE: "neural", TRANSLATION_MODEL: modelId, MODELS_DIR: modelsDir, ALLOW_REMOTE_MODELS: "false" });
} else {
  env.TRANSLATION_ENGINE = "draft";
}
Object.assign(process.env, env);
// The database modules read DATABASE_URL when first imported.
const { migrateDatabase } = await import("@/lib/migrate");
await migrateDatabase();
const { db } = await import("@/lib/db");
const { ingestDocument } = await import("@/lib/ingest/ingest-document");

type Run = { workers: number; seconds: number; sentencesPerSecond: number; inferenceCalls: number; callsPerSentence: number; perWorker: Record<string, number> };

async function run(workers: number): Promise<Run> {
  const callLog = path.join(dir, `calls-${workers}.log`);
  const children: Child[] = [];
  for (let i = 0; i < workers; i++) children.push(startScript("lib/test/counting-worker.ts", [], { ...env, ENGINE_CALL_LOG: callLog, WORKER_TAG: `w${i + 1}` }));
  await waitFor(() => children.every((c) => c.output().includes("ready")), 120_000, () => children.map((c) => c.output()).join("\n"));
  const { id } = await ingestDocument({ text: articleOf(sentences, `Lari${workers}`) });
  const started = performance.now();
  await waitFor(async () => (await db.segment.count({ where: { documentId: id, status: "pending" } })) === 0, 600_000);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(children.map((c) => stopChild(c)));
  const total = await db.segment.count({ where: { documentId: id } });
  const calls = readCallLog(callLog);
  const perWorker: Record<string, number> = {};
  for (const call of calls) perWorker[call.worker] = (perWorker[call.worker] ?? 0) + 1;
  return { workers, seconds: round(seconds), sentencesPerSecond: round(total / seconds), inferenceCalls: calls.length, callsPerSentence: round(calls.length / total), perWorker };
}

const round = (n: number) => Math.round(n * 100) / 100;
const one = await run(1);
const two = await run(2);
const speedup = round(two.sentencesPerSecond / one.sentencesPerSecond);
const report = {
  benchmark: "workers",
  engine,
  sentences: sentences + 1,
  batchSize: batch,
  batchDelayMs: delayMs,
  cores: os.availableParallelism(),
  reference: one,
  measured: two,
  speedup,
  targets: { inferenceCallsEqualSentences: two.callsPerSentence === 1 && one.callsPerSentence === 1, speedupAtLeast: 1.8, met: speedup >= 1.8 && two.callsPerSentence === 1 },
};
console.log(JSON.stringify(report, null, 2));
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(report.targets.met ? 0 : 1);
