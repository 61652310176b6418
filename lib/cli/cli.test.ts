// The command line as a newcomer runs it: a new database (migrated by the CLI itself),
// the sample corpus ingested with --wait, every sentence translated with a recorded
// engine, `show --json` in the API's shape, the TSV export, and a refused file.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { corpusFiles } from "@/lib/test/corpus";
import type { DocumentView } from "@/lib/documents/types";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-cli-"));
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "cli.db")}`,
  TRANSLATION_ENGINE: "auto",
  ALLOW_REMOTE_MODELS: "false",
  MODELS_DIR: path.join(dir, "no-models"),
};

function cli(...args: string[]) {
  return run(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "lib/cli/main.ts", ...args], { env, maxBuffer: 32 * 1024 * 1024 });
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = corpusFiles();

describe.skipIf(files.length === 0)("npm run cli on the sample corpus", () => {
  it("ingests with --wait: every sentence has a target and an engine; show and export agree", async () => {
    const ingest = await cli("ingest", ...files, "--wait", "--json");
    const rows = JSON.parse(ingest.stdout) as { id: string; file: string; status: string; duplicate: boolean }[];
    expect(rows.map((r) => [r.file, r.status, r.duplicate])).toEqual(files.map((f) => [f, "ready", false]));

    let sentences = 0;
    for (const row of rows) {
      const document = JSON.parse((await cli("show", row.id, "--json")).stdout) as DocumentView;
      expect(document.engineNote).toBe("model_unavailable");
      for (const segment of document.paragraphs.flatMap((p) => p.segments)) {
        expect(segment.target?.trim()).toBeTruthy();
        expect(segment.engine).toBe("draft:lexicon");
        sentences += 1;
      }
    }
    const tsv = (await cli("export", "--format", "tsv", "--drafts", "--no-dedupe")).stdout;
    expect(tsv.split("\n").filter(Boolean)).toHaveLength(sentences);

    const again = JSON.parse((await cli("ingest", files[0]!, "--json")).stdout) as { id: string; duplicate: boolean }[];
    expect(again[0]).toMatchObject({ id: rows[0]!.id, duplicate: true });
  }, 180_000);
});

describe("npm run cli refusals", () => {
  it("reports a binary file on stderr, exits 1 and stores nothing", async () => {
    const binary = path.join(dir, "photo.txt");
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const failure = await cli("ingest", binary, "--json").catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/binary/i);
    const list = JSON.parse((failure as { stdout: string }).stdout) as { id: string | null; status: string }[];
    expect(list[0]).toMatchObject({ id: null, status: "refused" });
  }, 120_000);
});
