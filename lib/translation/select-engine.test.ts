// With no model on disk, the engine choice falls back to drafts and gives documents a
// code, never the technical reason: that (with any server path in it) goes to the log,
// once per choice.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { forgetEngineChoice, selectEngine } from "./select-engine";

const modelsDir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-no-models-"));
process.env.TRANSLATION_ENGINE = "auto";
process.env.ALLOW_REMOTE_MODELS = "false";
process.env.MODELS_DIR = modelsDir;

afterAll(() => {
  forgetEngineChoice();
  fs.rmSync(modelsDir, { recursive: true, force: true });
});

describe("selectEngine without a model", () => {
  it("notes model_unavailable and logs the reason once", async () => {
    forgetEngineChoice();
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const first = await selectEngine(log);
    const again = await selectEngine(log);
    expect(first.engine?.kind).toBe("draft");
    expect(first.note).toBe("model_unavailable");
    expect(again).toBe(first);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Neural model unavailable: .+\. Using offline draft translations/);
  });
});
