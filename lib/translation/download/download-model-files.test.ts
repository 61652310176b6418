// The downloader against a local hub (127.0.0.1) serving the tiny model: throttled, cut
// mid-file, stalled and corrupted, then loaded through the real transformers.js pipeline.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startModelHub, type HubFaults, type ModelHub } from "@/lib/test/model-hub-server";
import { OPTIONAL_MODEL_FILES, requiredModelFiles } from "../model-files";
import { createNeuralEngine } from "../neural-engine";
import { TINY_MODEL_ID, tinyModelFiles } from "../tiny-model/build-tiny-model";
import { downloadModelFiles, type DownloadModelOptions, type DownloadProgress } from "./download-model-files";
import { ModelDownloadError } from "./fetch-model-file";
import { LOCAL_RECORD_FILE } from "./local-record";
import type { ManifestModel } from "./model-manifest";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const FILES = tinyModelFiles();
const DECODER = "onnx/decoder_model_merged_quantized.onnx";
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const PINNED: ManifestModel = {
  revision: COMMIT,
  measured: "computed from the generated tiny model",
  files: [...requiredModelFiles("q8"), ...OPTIONAL_MODEL_FILES].map((p) => ({ path: p, size: FILES.get(p)!.length, sha256: sha256(FILES.get(p)!) })),
};

let modelsDir = "";
let hub: ModelHub;
let notices: string[] = [];

beforeEach(async () => {
  modelsDir = await mkdtemp(path.join(os.tmpdir(), "selaras-download-"));
  notices = [];
});

afterEach(async () => {
  await hub?.close();
  await rm(modelsDir, { recursive: true, force: true });
});

async function serve(faults: HubFaults = {}): Promise<void> {
  hub = await startModelHub(TINY_MODEL_ID, COMMIT, FILES, faults);
}

function download(extra: Partial<DownloadModelOptions> = {}) {
  return downloadModelFiles({
    hubUrl: hub.url,
    model: TINY_MODEL_ID,
    dtype: "q8",
    modelsDir,
    manifest: PINNED,
    stallMs: 2_000,
    onNotice: (message) => notices.push(message),
    ...extra,
  });
}

const folder = () => path.join(modelsDir, TINY_MODEL_ID);
const onDisk = (file: string) => readFile(path.join(folder(), file));
const requestsFor = (file: string) => hub.requests.filter((r) => r.path === file);

async function leftovers(): Promise<string[]> {
  const entries = await readdir(folder(), { recursive: true });
  return entries.filter((name) => name.endsWith(".partial") || name.endsWith(".tmp"));
}

describe("downloadModelFiles", () => {
  it("fetches every file at the pinned commit, verified, and the real pipeline loads them", async () => {
    await serve({ bytesPerTick: 512, tickMs: 2 });
    const progress: DownloadProgress[] = [];
    const record = await download({ onProgress: (p) => progress.push(p) });
    expect(record.revision).toBe(COMMIT);
    for (const file of PINNED.files) expect(await onDisk(file.path)).toEqual(Buffer.from(FILES.get(file.path)!));
    expect(existsSync(path.join(folder(), LOCAL_RECORD_FILE))).toBe(true);
    expect(await leftovers()).toEqual([]);
    expect(hub.requests.every((r) => r.revision === COMMIT)).toBe(true);
    expect(progress.filter((p) => p.file === DECODER).at(-1)).toEqual({ file: DECODER, loaded: 1834, total: 1834 });
    const engine = await createNeuralEngine({ model: TINY_MODEL_ID, modelsDir, allowRemote: false, dtype: "q8", threads: 1, loadTimeoutMs: 10_000, batchSize: 2 });
    expect(await engine.translate(["Saya makan nasi."])).toEqual(["I eat rice."]);
  });

  it("has no total time cap: a throttled download many stall timeouts long still finishes", async () => {
    await serve({ bytesPerTick: 128, tickMs: 15 });
    const started = Date.now();
    await download({ stallMs: 150 });
    expect(Date.now() - started).toBeGreaterThan(150 * 3);
    expect(await onDisk("tokenizer.json")).toEqual(Buffer.from(FILES.get("tokenizer.json")!));
  });

  it("resumes with a Range request after the connection drops mid-file", async () => {
    await serve({ dropAt: new Map([["tokenizer.json", 2_000], [DECODER, 1_000]]) });
    await download();
    // The resumed request asks for the bytes after those on disk (all 2000 unless the machine is too busy to read them).
    const resumedFrom = (file: string) => requestsFor(file).map((r) => (r.range === null ? null : Number(/^bytes=(\d+)-$/.exec(r.range)?.[1])));
    expect(resumedFrom("tokenizer.json")).toEqual([null, expect.any(Number)]);
    expect(resumedFrom("tokenizer.json")[1]).toBeGreaterThan(0);
    expect(resumedFrom("tokenizer.json")[1]).toBeLessThanOrEqual(2_000);
    expect(resumedFrom(DECODER)).toEqual([null, expect.any(Number)]);
    expect(await onDisk(DECODER)).toEqual(Buffer.from(FILES.get(DECODER)!));
    expect(notices.some((n) => /connection (lost|closed) after \d+ of 5297 bytes/.test(n) && n.includes("resuming"))).toBe(true);
  });

  it("resumes after a stall: no bytes for the stall timeout aborts and asks for the rest", async () => {
    await serve({ stallAt: new Map([[DECODER, 900]]) });
    await download({ stallMs: 300 });
    expect(requestsFor(DECODER).map((r) => r.range)).toEqual([null, "bytes=900-"]);
    expect(notices.some((n) => n.includes("no data for 0.3 s"))).toBe(true);
    expect(await onDisk(DECODER)).toEqual(Buffer.from(FILES.get(DECODER)!));
  });

  it("refuses a corrupted byte against the manifest's sha256, naming the file, and leaves nothing behind", async () => {
    await serve({ corrupt: new Set([DECODER]) });
    const attempt = download();
    await expect(attempt).rejects.toBeInstanceOf(ModelDownloadError);
    await expect(attempt).rejects.toThrow(new RegExp(`${DECODER}: sha256 is [0-9a-f]{64}, the manifest says ${sha256(FILES.get(DECODER)!)}`));
    expect(existsSync(path.join(folder(), DECODER))).toBe(false);
    expect(await leftovers()).toEqual([]);
    expect(requestsFor(DECODER)).toHaveLength(2); // once more from zero, then it gives up
  });

  it("without a pinned manifest, pins to the hub's X-Repo-Commit and checks LFS files by the hub's etag", async () => {
    await serve({ corrupt: new Set(["onnx/encoder_model_quantized.onnx"]) });
    await expect(download({ manifest: undefined })).rejects.toThrow(/encoder_model_quantized\.onnx: sha256 is [0-9a-f]{64}, the hub's LFS etag says/);
    expect(notices[0]).toMatch(/does not pin selaras\/tiny-marian-id-en yet/);
    hub.faults.corrupt?.clear();
    const record = await download({ manifest: undefined });
    expect(record.revision).toBe(COMMIT);
    expect(hub.requests.at(0)?.revision).toBe("main");
    expect(hub.requests.at(-1)?.revision).toBe(COMMIT);
  });

  it("resumes a partial file an earlier run left, keeps a complete one, and removes leftovers", async () => {
    await serve();
    await mkdir(path.join(folder(), "onnx"), { recursive: true });
    await writeFile(path.join(folder(), "tokenizer.json.partial"), FILES.get("tokenizer.json")!.subarray(0, 3_000));
    await writeFile(path.join(folder(), "config.json.partial"), FILES.get("config.json")!);
    await writeFile(path.join(folder(), "onnx/old_model.onnx.partial"), "stale");
    await writeFile(path.join(folder(), "onnx/encoder_model_quantized.onnx.1234.tmp"), "stale");
    await download();
    expect(requestsFor("tokenizer.json").map((r) => r.range)).toEqual(["bytes=3000-"]);
    expect(requestsFor("config.json").map((r) => r.range)).toEqual(["bytes=427-"]); // answered 416: already whole
    expect(await onDisk("tokenizer.json")).toEqual(Buffer.from(FILES.get("tokenizer.json")!));
    expect(await leftovers()).toEqual([]);
  });

  it("fetches nothing again when the files on disk match", async () => {
    await serve();
    await download();
    const before = hub.requests.length;
    await download({ manifest: undefined });
    expect(hub.requests.length).toBe(before);
  });

  it("stops at once when the hub cannot be reached at all (an offline machine)", async () => {
    await serve();
    const closedPort = hub.url;
    await hub.close();
    const started = Date.now();
    await expect(download({ hubUrl: closedPort })).rejects.toThrow(/config\.json: cannot reach the model hub \(.*ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("refuses to download into a folder another live process is downloading into, and takes over a dead one's lock", async () => {
    await serve();
    await mkdir(folder(), { recursive: true });
    const lock = path.join(folder(), ".selaras-download.lock");
    await writeFile(lock, String(process.ppid));
    await expect(download()).rejects.toThrow(new RegExp(`another process \\(pid ${process.ppid}\\) is downloading into`));
    await writeFile(lock, "2147483646"); // no such process
    await download();
    expect(existsSync(lock)).toBe(false);
  });

  it("stops at once on a 404 for a required file", async () => {
    await serve();
    const attempt = download({ model: "selaras/not-on-the-hub" });
    await expect(attempt).rejects.toThrow(/config\.json: HTTP 404 from the model hub/);
  });
});
