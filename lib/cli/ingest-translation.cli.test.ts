// cli ingest id.txt --translation en.txt: the pair goes in aligned, as reference pairs.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { DocumentView } from "@/lib/documents/types";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-cli-align-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, TRANSLATION_ENGINE: "draft", ALLOW_REMOTE_MODELS: "false", MODELS_DIR: path.join(dir, "no-models") };
const cli = (...args: string[]) => run(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "lib/cli/main.ts", ...args], { env });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("cli ingest --translation", () => {
  it("stores the aligned pair; show prints the published English", async () => {
    const id = path.join(dir, "id.txt");
    const en = path.join(dir, "en.txt");
    fs.writeFileSync(id, "Banjir Rendam Demak\n\nBanjir merendam ratusan rumah warga di Demak sejak Senin. Hujan masih turun hingga hari ini.\n");
    fs.writeFileSync(en, "Floods Hit Demak\n\nFloods have submerged hundreds of homes in Demak since Monday. Rain is still falling today.\n");
    const [row] = JSON.parse((await cli("ingest", id, "--translation", en, "--json")).stdout) as { id: string; status: string }[];
    expect(row?.status).toBe("ready");
    const view = JSON.parse((await cli("show", row?.id ?? "", "--json")).stdout) as DocumentView;
    expect(JSON.stringify(view)).toContain("Rain is still falling today.");
  }, 60_000);

  it("refuses --translation with several files", async () => {
    const failure = await cli("ingest", "a.txt", "b.txt", "--translation", "en.txt").catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: expect.any(Number) });
    expect((failure as { stderr: string }).stderr).toContain("--translation goes with exactly one file");
  }, 60_000);
});
