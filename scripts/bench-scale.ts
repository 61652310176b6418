// Scale-out on PostgreSQL: translation worker processes and web processes sharing one
// database. On a throwaway database per phase, the same corpus (30 articles, 3,000
// sentences) is translated by the real worker loop and pg-boss queue, with the tiny
// model and a fixed delay per batch standing in for a slower model (1 s per batch of 8,
// as in bench:workers: about what opus-mt takes on a CPU):
//   1. one worker process (the reference), then three: throughput ratio (target ≥ 2.7×);
//   2. three workers, one killed with SIGKILL a third of the way through: everything
//      still finishes, and how soon its held sentences were done by the others;
//   3. two web processes (`npm start` with WORKER_ENABLED=false) serving reads and saves
//      of the translated corpus: a stale save on either gets 409, and of two saves
//      racing on the same version across the two, exactly one wins.
// Every phase checks that each segment got exactly one `machine` change.
//   npm run bench:scale -- [--server postgresql://postgres@127.0.0.1:5432/postgres]
//     [--sentences 3000] [--delay-ms 1000] [--batch 8] [--lease-ms 10000] [--web-dir .next] [--no-web]
// The web phase needs a production build (`npm run build`; --web-dir names its folder).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { killChildrenOnExit, killGroup, REPO_ROOT, sleep, startProcess, startScript, stopChild, type Child } from "@/lib/test/child-process";
import { articleOf, readCallLog, waitFor } from "@/lib/test/worker-fixtures";
import { buildTinyModel } from "@/lib/translation/tiny-model/build-tiny-model";
import { createTestDatabase, DEFAULT_TEST_SERVER, type TestDatabase } from "@/lib/test/postgres";
import { summarize } from "@/lib/test/latency-stats";

const { values } = parseArgs({
  options: {
    server: { type: "string", default: process.env.SELARAS_TEST_PG_URL || DEFAULT_TEST_SERVER },
    sentences: { type: "string", default: "3000" },
    "delay-ms": { type: "string", default: "1000" },
    batch: { type: "string", default: "8" },
    "lease-ms": { type: "string", default: "10000" },
    "web-dir": { type: "string", default: ".next" },
    "no-web": { type: "boolean", default: false },
  },
});
const ARTICLES = 30;
const sentences = Number(values.sentences);
const perArticle = Math.max(1, Math.round(sentences / ARTICLES));
const delayMs = Number(values["delay-ms"]);
const batch = Number(values.batch);
const leaseMs = Number(values["lease-ms"]);
const webDir = values["web-dir"]!;

killChildrenOnExit();
process.env.SELARAS_TEST_PG_URL = values.server;
process.env.SELARAS_TEST_RUN = "benchscale";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-scale-"));
const { modelId, modelsDir } = await buildTinyModel(dir);
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  SEED_DEMO: "false",
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || "selaras-bench-scale-secret-0123456789",
  TRANSLATION_ENGINE: "neural",
  TRANSLATION_MODEL: modelId,
  MODELS_DIR: modelsDir,
  ALLOW_REMOTE_MODELS: "false",
  TRANSLATION_BATCH_SIZE: String(batch),
  TRANSLATION_LEASE_MS: String(leaseMs),
  BATCH_DELAY_MS: String(delayMs),
  WORKER_POLL_MS: "60000",
  // One inference thread per worker: three workers share two cores with the database.
  ONNX_THREADS: "1",
};
Object.assign(process.env, baseEnv);
const { db, disconnectDatabase } = await import("@/lib/db");
const { ingestDocument } = await import("@/lib/ingest/ingest-document");

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const databases: TestDatabase[] = [];

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  process.env.DATABASE_URL = database.url;
  return database;
}

function startWorkers(count: number, callLog: string, gate: string): Child[] {
  return Array.from({ length: count }, (_, i) =>
    startScript("lib/test/counting-worker.ts", [], { ...baseEnv, DATABASE_URL: process.env.DATABASE_URL, ENGINE_CALL_LOG: callLog, WORKER_TAG: `w${i + 1}`, START_GATE_FILE: gate }),
  );
}

async function ingestCorpus(tag: string): Promise<number> {
  for (let i = 0; i < ARTICLES; i++) await ingestDocument({ text: articleOf(perArticle - 1, `${tag}${i + 1}`) });
  return db.segment.count();
}

const pending = () => db.segment.count({ where: { status: "pending" } });

/** Segments whose number of `machine` changes is not exactly one (0 when nothing was lost or doubled). */
async function segmentsWithoutOneMachineChange(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`
    SELECT count(*) AS n FROM "Segment" s
    WHERE (SELECT count(*) FROM "Change" c WHERE c."segmentId" = s."id" AND c."action" = 'machine') <> 1`);
  return Number(row?.n ?? -1);
}

type Run = { workers: number; segments: number; seconds: number; sentencesPerSecond: number; inferenceCallsPerSentence: number; perWorker: Record<string, number>; segmentsWithoutOneMachineChange: number };

async function translationRun(workers: number, onProgress?: (done: number, children: Child[]) => Promise<void>): Promise<Run & { children: Child[]; callLog: string }> {
  await freshDatabase();
  const callLog = path.join(dir, `calls-${workers}-${databases.length}.log`);
  // The corpus is owed before the workers start, and they start together (a gate file):
  // the run times translation alone, not ingest or model loading.
  const segments = await ingestCorpus(`Korpus${databases.length}-`);
  const gate = path.join(dir, `go-${databases.length}`);
  const children = startWorkers(workers, callLog, gate);
  await waitFor(() => children.every((c) => c.output().includes("ready")), 180_000, () => children.map((c) => c.output()).join("\n"));
  fs.writeFileSync(gate, "");
  const started = performance.now();
  await waitFor(
    async () => {
      const left = await pending();
      await onProgress?.(segments - left, children);
      return left === 0;
    },
    1_800_000,
    () => children.map((c) => c.output().slice(-2_000)).join("\n"),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(children.map((c) => stopChild(c)));
  const calls = readCallLog(callLog);
  const perWorker: Record<string, number> = {};
  for (const call of calls) perWorker[call.worker] = (perWorker[call.worker] ?? 0) + 1;
  return {
    workers, segments, seconds: round(seconds), sentencesPerSecond: round(segments / seconds), inferenceCallsPerSentence: round(calls.length / segments, 3), perWorker,
    segmentsWithoutOneMachineChange: await segmentsWithoutOneMachineChange(), children, callLog,
  };
}

const strip = ({ children: _c, callLog: _l, ...run }: Run & { children: Child[]; callLog: string }): Run => run;

// 1. One worker, then three.
const one = strip(await translationRun(1));
const three = strip(await translationRun(3));
const ratio = round(three.sentencesPerSecond / one.sentencesPerSecond);

// 2. Three workers, one killed with SIGKILL a third of the way through.
let killedAt = 0;
let victimHeld = 0;
const killed = await translationRun(3, async (done, children) => {
  if (killedAt || done < three.segments / 3) return;
  const victim = children[1]!;
  const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE state = 'active'`);
  victimHeld = Number(row?.n ?? 0);
  killGroup(victim);
  killedAt = Date.now();
  await victim.exited;
});
// The victim's last batch: sentences it sent to the engine that another worker translated again.
const calls = readCallLog(killed.callLog);
const byVictim = new Set(calls.filter((c) => c.worker === "w2").map((c) => c.sentence));
const redone = [...new Set(calls.filter((c) => c.worker !== "w2" && byVictim.has(c.sentence)).map((c) => c.sentence))];
const redoneIds = (await db.segment.findMany({ where: { source: { in: redone } }, select: { id: true } })).map((s) => s.id);
const redoneStoredAt = await db.change.aggregate({ where: { action: "machine", segmentId: { in: redoneIds } }, _max: { createdAt: true } });
const lastRedone = redoneStoredAt._max.createdAt?.getTime();
const kill = {
  ...strip(killed),
  killedAfterSentences: Math.round(three.segments / 3),
  activeJobsAtKill: victimHeld,
  victimSentencesRedoneByOthers: redone.length,
  secondsFromKillUntilRedoneStored: lastRedone ? round((lastRedone - killedAt) / 1000) : null,
};

// 3. Two web processes on the last database (the translated corpus).
const web = values["no-web"] ? { skipped: "--no-web" } : fs.existsSync(path.join(REPO_ROOT, webDir, "BUILD_ID")) ? await webRun() : { skipped: `no production build in ${webDir} (npm run build, or --web-dir)` };

async function webRun() {
  const { createUser } = await import("@/lib/auth/create-user");
  const { createApiToken } = await import("@/lib/auth/api-tokens");
  const user = await createUser({ email: "bench@example.org", password: "bench-scale-password-1", role: "owner", name: "bench" });
  const { token } = await createApiToken(user.id, "bench-scale");
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const ports = [3391, 3392];
  const servers = ports.map((port) =>
    startProcess(process.execPath, ["--import", "tsx", "lib/cli/start.ts", "-p", String(port)], { ...baseEnv, DATABASE_URL: process.env.DATABASE_URL, WORKER_ENABLED: "false", NEXT_DIST_DIR: webDir, HOST: "127.0.0.1" }),
  );
  try {
    const base = ports.map((port) => `http://127.0.0.1:${port}`);
    for (const url of base) await waitFor(async () => (await fetch(`${url}/api/me`, { headers }).catch(() => null))?.ok === true, 120_000, () => servers.map((s) => s.output()).join("\n"));
    const documents = await db.document.findMany({ select: { id: true }, take: 10 });
    const segments = await db.segment.findMany({ where: { documentId: { in: documents.map((d) => d.id) } }, select: { id: true, documentId: true, version: true }, take: 60 });
    const readMs: number[][] = [[], []];
    const saveMs: number[][] = [[], []];
    const timed = async <T>(bucket: number[], work: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      try {
        return await work();
      } finally {
        bucket.push(performance.now() - start);
      }
    };
    const save = (node: number, id: string, version: number, target: string) =>
      timed(saveMs[node]!, () => fetch(`${base[node]}/api/segments/${id}`, { method: "PATCH", headers, body: JSON.stringify({ target, version }) }));
    // The sentence as a node serves it (its history endpoint: the sentence and its log).
    const readSegment = async (node: number, id: string) => {
      const response = await timed(readMs[node]!, () => fetch(`${base[node]}/api/segments/${id}/history`, { headers }));
      const body = (await response.json()) as { segment?: { version: number; target: string | null } };
      return body.segment;
    };
    let saves = 0;
    let staleRefused = 0;
    let readsAgreeing = 0;
    let racesWithOneWinner = 0;
    let unexpected = 0;
    for (const [i, segment] of segments.entries()) {
      const a = i % 2;
      const b = 1 - a;
      // A save on one node; the other node reads it, and refuses a save on the old version.
      const first = await save(a, segment.id, segment.version, `Koreksi ${i} dari node ${a}`);
      await first.arrayBuffer();
      if (first.status === 200) saves += 1;
      else unexpected += 1;
      const saved = `Koreksi ${i} dari node ${a}`;
      const seen = await readSegment(b, segment.id);
      if (seen?.version === segment.version + 1 && seen.target === saved) readsAgreeing += 1;
      // The 409 carries the current sentence: the other node's save, never an older one.
      const stale = await save(b, segment.id, segment.version, `Basi ${i}`);
      const current = stale.status === 409 ? ((await stale.json()) as { error?: { details?: { current?: { version?: number; target?: string } } } }).error?.details?.current : undefined;
      if (stale.status === 409 && current?.version === segment.version + 1 && current.target === saved) staleRefused += 1;
      else unexpected += 1;
      // Both nodes at once on the same version: exactly one may win.
      const race = await Promise.all([save(0, segment.id, segment.version + 1, `Balapan ${i} A`), save(1, segment.id, segment.version + 1, `Balapan ${i} B`)]);
      await Promise.all(race.map((r) => r.arrayBuffer()));
      const statuses = race.map((r) => r.status).sort();
      if (statuses[0] === 200 && statuses[1] === 409) racesWithOneWinner += 1;
      else unexpected += 1;
    }
    return {
      processes: 2,
      segmentsTried: segments.length,
      savesAccepted: saves,
      staleSavesRefusedWith409CarryingTheOtherNodesSave: staleRefused,
      readsOnOtherNodeSeeingTheSave: readsAgreeing,
      racesAcrossNodesWithExactlyOneWinner: racesWithOneWinner,
      unexpectedResponses: unexpected,
      readMs: readMs.map((ms) => summarize(ms)),
      saveMs: saveMs.map((ms) => summarize(ms)),
      consistent: unexpected === 0 && staleRefused === segments.length && racesWithOneWinner === segments.length && readsAgreeing === segments.length,
    };
  } finally {
    // What the servers said, for a run that went wrong (stderr; the report is stdout).
    for (const server of servers) process.stderr.write(server.output().slice(-4_000));
    await Promise.all(servers.map((s) => stopChild(s)));
  }
}

const report = {
  benchmark: "scale",
  provider: "postgresql",
  engine: "tiny",
  sentences: one.segments,
  articles: ARTICLES,
  batchSize: batch,
  batchDelayMs: delayMs,
  leaseMs,
  cores: os.availableParallelism(),
  loadAverageAtEnd: os.loadavg().map((n) => round(n)),
  reference: one,
  measured: three,
  ratio,
  kill,
  web,
  targets: {
    ratioAtLeast: 2.7,
    exactlyOneMachineChangeEverywhere: [one, three, kill].every((r) => r.segmentsWithoutOneMachineChange === 0),
    killedRunFinished: kill.segments > 0,
    webConsistent: "consistent" in web ? web.consistent : null,
    met: ratio >= 2.7 && [one, three, kill].every((r) => r.segmentsWithoutOneMachineChange === 0) && (!("consistent" in web) || web.consistent),
  },
};
console.log(JSON.stringify(report, null, 2));
for (const database of databases) {
  await disconnectDatabase(database.url);
  await database.drop();
}
fs.rmSync(dir, { recursive: true, force: true });
process.exit(report.targets.met ? 0 : 1);
