// npm run test:production — proves that a production-only install runs: copies this
// checkout (tracked and new files) to a temporary folder, builds it there with the dev
// install hard-linked in, replaces node_modules by `npm ci --omit=dev`, then migrates,
// ingests and exports through the CLI, starts the worker, and serves a page with `npm start`.
// Takes a few minutes (the native better-sqlite3 build dominates); not part of `npm test`.
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = process.cwd();
const port = Number(process.env.PRODUCTION_CHECK_PORT ?? 3199);
const work = mkdtempSync(path.join(os.tmpdir(), "selaras-production-"));
const runtimeEnv = {
  ...process.env,
  DATABASE_URL: `file:${path.join(work, "data", "check.db")}`,
  TRANSLATION_ENGINE: "draft",
  ALLOW_REMOTE_MODELS: "false",
  NEXT_DIST_DIR: "",
  PORT: String(port),
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv = runtimeEnv): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd: work, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

function step(name: string, work: () => void): void {
  const started = Date.now();
  work();
  console.log(`ok  ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}

function copyCheckout(): void {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    if (!existsSync(path.join(root, file))) continue; // deleted but not yet committed
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(work, file));
  }
}

async function serveOnePage(): Promise<void> {
  const server = spawn("npm", ["start"], { cwd: work, env: runtimeEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.status, () => 0);
      if (status === 200) return;
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not serve / (last status ${status}):\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM"); // the whole group: npm, sh, next
  }
}

async function main(): Promise<void> {
  console.log(`Production-install check in ${work}`);
  step("copy the checkout", copyCheckout);
  step("build with the dev install", () => {
    run("cp", ["-al", path.join(root, "node_modules"), path.join(work, "node_modules")]);
    run("npx", ["prisma", "generate"]);
    run("npm", ["run", "build"]);
    rmSync(path.join(work, "node_modules"), { recursive: true, force: true });
    rmSync(path.join(work, "lib", "generated"), { recursive: true, force: true });
  });
  step("npm ci --omit=dev", () => {
    const install = run("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"]);
    const warnings = `${install.stdout}\n${install.stderr}`.split("\n").filter((line) => /npm warn/i.test(line));
    if (warnings.length > 0) throw new Error(`npm ci --omit=dev warned:\n${warnings.join("\n")}`);
    for (const dev of ["vitest", "@tailwindcss/postcss", "fast-check", "onnx-proto"]) {
      if (existsSync(path.join(work, "node_modules", dev))) throw new Error(`dev dependency ${dev} was installed`);
    }
  });
  step("npm run db:migrate", () => void run("npm", ["run", "db:migrate"]));
  step("npm run cli -- ingest --wait, then export", () => {
    writeFileSync(path.join(work, "sample.txt"), "Presiden bertemu para menteri di Jakarta.\n\nMereka membahas anggaran negara.\n");
    run("npm", ["run", "--silent", "cli", "--", "ingest", "sample.txt", "--wait", "--json"]);
    const exported = run("npm", ["run", "--silent", "cli", "--", "export", "--format", "tsv", "--drafts"]).stdout;
    if (!exported.includes("Presiden bertemu para menteri di Jakarta.\t")) throw new Error(`export lacks the sentence:\n${exported}`);
  });
  step("npm run worker starts and stops", () => {
    const worker = spawnSync("npm", ["run", "worker"], { cwd: work, env: runtimeEnv, encoding: "utf8", timeout: 20_000, killSignal: "SIGTERM" });
    if (!`${worker.stdout}${worker.stderr}`.includes("[worker] running")) throw new Error(`the worker did not start:\n${worker.stdout}\n${worker.stderr}`);
  });
  const started = Date.now();
  await serveOnePage();
  console.log(`ok  npm start serves / (${Math.round((Date.now() - started) / 1000)} s)`);
}

main().then(
  () => {
    rmSync(work, { recursive: true, force: true });
    console.log("Production-only install: 1 passed, 0 failed");
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error(`(left ${work} for a look)`);
    console.log("Production-only install: 0 passed, 1 failed");
    process.exit(1);
  },
);
