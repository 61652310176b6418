// The web process never loads the model: nothing the Next server imports (pages, route
// handlers, instrumentation, the proxy) reaches the engine or the worker, and should a
// future import slip through, the model load itself refuses to run in the web process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTranslator, sessionThreads } from "./neural-engine";

const ROOT = path.resolve(import.meta.dirname, "../..");
const IMPORT = /(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm;
const FORBIDDEN = ["@huggingface/transformers", "onnxruntime-node", "lib/translation/neural-engine.ts", "lib/translation/select-engine.ts", "lib/jobs/translation-worker.ts"];

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every module and package reachable from the entries through static and dynamic imports. */
function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|tsx|mjs)$/.test(file)) continue;
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? "";
      if (specifier.startsWith(".") || specifier.startsWith("@/")) {
        const local = resolveLocal(file, specifier);
        if (local) queue.push(local);
      } else {
        seen.add(specifier);
      }
    }
  }
  return seen;
}

function webEntries(): string[] {
  const files: string[] = [path.join(ROOT, "instrumentation.ts"), path.join(ROOT, "proxy.ts")];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(ROOT, "app"));
  return files;
}

describe("the web process", () => {
  it("imports neither the model runtime nor the engine selection nor the worker", () => {
    const graph = reachable(webEntries());
    const relative = [...graph].map((p) => (path.isAbsolute(p) ? path.relative(ROOT, p) : p));
    // The walk does see the web's own modules, so an empty answer is not a broken walk.
    expect(relative).toContain("lib/ingest/ingest-document.ts");
    expect(relative.filter((p) => FORBIDDEN.includes(p))).toEqual([]);
  });

  it("refuses to load a model when marked as the web process", async () => {
    const previous = process.env.SELARAS_PROCESS_ROLE;
    process.env.SELARAS_PROCESS_ROLE = "web";
    try {
      const options = { model: "any/model", modelsDir: ROOT, allowRemote: false, dtype: "q8", loadTimeoutMs: 1_000, batchSize: 1 };
      await expect(loadTranslator(options)).rejects.toThrow("never loaded in the web process");
    } finally {
      if (previous === undefined) delete process.env.SELARAS_PROCESS_ROLE;
      else process.env.SELARAS_PROCESS_ROLE = previous;
    }
  });
});

describe("onnxruntime threads", () => {
  it("default to every core but one for intra-op and one for inter-op, and follow the settings", () => {
    expect(sessionThreads({}).intraOpNumThreads).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(sessionThreads({ threads: 0 }).intraOpNumThreads).toBeGreaterThanOrEqual(1);
    expect(sessionThreads({}).interOpNumThreads).toBe(1);
    expect(sessionThreads({ threads: 3, interOpThreads: 2 })).toEqual({ intraOpNumThreads: 3, interOpNumThreads: 2 });
  });
});
