import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TINY_MODEL_ID, buildTinyModel, tinyModelFiles } from "./build-tiny-model";

let tempDir = "";

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "selaras-tiny-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe("buildTinyModel", () => {
  it("writes every file under <dir>/<modelId>/ and returns an absolute models dir", async () => {
    const built = await buildTinyModel(path.relative(process.cwd(), tempDir));
    expect(built).toEqual({ modelId: TINY_MODEL_ID, modelsDir: tempDir });
    for (const [file, bytes] of tinyModelFiles()) {
      expect((await stat(path.join(tempDir, TINY_MODEL_ID, file))).size, file).toBe(bytes.byteLength);
    }
  });

  it("leaves an up-to-date folder untouched", async () => {
    const config = path.join(tempDir, TINY_MODEL_ID, "onnx/decoder_model_merged_quantized.onnx");
    await buildTinyModel(tempDir);
    const before = (await stat(config)).mtimeMs;
    await buildTinyModel(tempDir);
    expect((await stat(config)).mtimeMs).toBe(before);
  });

  it("produces the same bytes every time", () => {
    const [a, b] = [tinyModelFiles(), tinyModelFiles()];
    for (const [file, bytes] of a) expect(Buffer.from(bytes).equals(Buffer.from(b.get(file)!)), file).toBe(true);
  });
});
