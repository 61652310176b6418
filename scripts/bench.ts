// Every benchmark in one run, one JSON object out. Each runs in its own process so one
// cannot warm or slow another; a benchmark that needs something absent says so instead.
//   npx tsx scripts/bench.ts [--url http://127.0.0.1:3000] [--export-pairs 1000000]
// --url names a running production server for the reader, load and save figures.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT, startScript } from "@/lib/test/child-process";

const { values } = parseArgs({ options: { url: { type: "string" }, "export-pairs": { type: "string", default: "1000000" }, "load-seconds": { type: "string", default: "20" } } });

async function run(script: string, args: string[] = []): Promise<unknown> {
  if (!fs.existsSync(path.join(REPO_ROOT, script))) return { skipped: `${script} is not present` };
  const started = Date.now();
  const child = startScript(script, args, process.env);
  const code = await child.exited;
  const lines = child.output().trim().split("\n");
  // The figures are the last JSON object printed; anything before it is progress output.
  for (let i = lines.length - 1; i >= 0; i--) {
    const start = lines.slice(i).join("\n");
    try {
      return JSON.parse(start) as unknown;
    } catch {
      // keep looking further up
    }
  }
  return { failed: `exit ${code} after ${(Date.now() - started) / 1000}s`, output: child.output().slice(-2000) };
}

const needsServer = { skipped: "no --url given: start a production server (npm run build && npm start) and pass --url" };
const url = values.url;
const results: Record<string, unknown> = {
  machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
  ingest: await run("scripts/bench-ingest.ts"),
  engine: await run("scripts/bench-engine.ts"),
  reader: url ? await run("scripts/bench-reader.ts", ["--url", url]) : needsServer,
  // Save latency is measured in-process on its own throwaway database (20 concurrent editors).
  save: await run("scripts/bench-save.ts"),
  load: url ? await run("scripts/load-test.ts", ["--url", url, "--seconds", values["load-seconds"] ?? "20"]) : needsServer,
  export: await run("scripts/bench-export.ts", ["--pairs", values["export-pairs"] ?? "1000000"]),
};
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
