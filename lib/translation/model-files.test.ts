import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isModelAvailableLocally, manualInstallHelp, missingModelFiles, requiredModelFiles } from "./model-files";

describe("requiredModelFiles", () => {
  it.each([
    ["q8", "onnx/encoder_model_quantized.onnx", "onnx/decoder_model_merged_quantized.onnx"],
    ["fp32", "onnx/encoder_model.onnx", "onnx/decoder_model_merged.onnx"],
    ["fp16", "onnx/encoder_model_fp16.onnx", "onnx/decoder_model_merged_fp16.onnx"],
    ["q4", "onnx/encoder_model_q4.onnx", "onnx/decoder_model_merged_q4.onnx"],
  ])("%s needs %s and %s besides the JSON files", (dtype, encoder, decoder) => {
    expect(requiredModelFiles(dtype)).toEqual(["config.json", "tokenizer.json", "tokenizer_config.json", encoder, decoder]);
  });

  it("refuses an unknown dtype", () => {
    expect(() => requiredModelFiles("q3")).toThrow(/Unknown model dtype "q3"/);
  });
});

describe("local availability", () => {
  let modelsDir = "";
  const model = "someone/some-model";

  beforeAll(async () => {
    modelsDir = await mkdtemp(path.join(os.tmpdir(), "selaras-model-files-"));
    const folder = path.join(modelsDir, model);
    await mkdir(path.join(folder, "onnx"), { recursive: true });
    for (const file of requiredModelFiles("q8")) await writeFile(path.join(folder, file), "x");
    // An interrupted copy leaves empty files; they must not count.
    await writeFile(path.join(folder, "onnx/encoder_model.onnx"), "");
  });

  afterAll(async () => {
    await rm(modelsDir, { recursive: true, force: true });
  });

  it.each([
    ["q8", true, []],
    ["fp32", false, ["onnx/encoder_model.onnx", "onnx/decoder_model_merged.onnx"]],
  ])("dtype %s: available %s, missing %j", (dtype, available, missing) => {
    expect(isModelAvailableLocally(modelsDir, model, dtype)).toBe(available);
    expect(missingModelFiles(modelsDir, model, dtype)).toEqual(missing);
  });

  it("answers false, not an error, for an unknown dtype or model", () => {
    expect(isModelAvailableLocally(modelsDir, model, "q3")).toBe(false);
    expect(isModelAvailableLocally(modelsDir, "someone/else", "q8")).toBe(false);
  });
});

describe("manualInstallHelp", () => {
  it("names the target folder and every file", () => {
    const help = manualInstallHelp("/srv/models", "Xenova/opus-mt-id-en", "q8");
    expect(help).toContain(`to ${path.resolve("/srv/models/Xenova/opus-mt-id-en")}${path.sep} `);
    for (const file of [...requiredModelFiles("q8"), "generation_config.json"]) expect(help).toContain(file);
    expect(help).not.toContain("\n");
  });
});
