import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPinned, parseManifest, planModelFiles, serializeManifest, withMeasuredModel, type Manifest } from "./model-manifest";

const SHA = "a".repeat(64);
const COMMIT = "b".repeat(40);
const manifest = (models: unknown) => JSON.stringify({ models });

describe("parseManifest", () => {
  it("reads the committed manifest, which honestly pins nothing yet", () => {
    const committed = parseManifest(readFileSync("lib/translation/download/model-manifest.json", "utf8"));
    const entry = committed.models["Xenova/opus-mt-id-en"];
    expect(entry?.revision).toBeNull();
    expect(entry?.measured).toBeNull();
    expect(entry?.files.every((f) => f.size === null && f.sha256 === null)).toBe(true);
    expect(isPinned(entry)).toBe(false);
  });

  it.each([
    ["not JSON", "{", /is not valid JSON/],
    ["a branch name as revision", manifest({ m: { revision: "main", measured: null, files: [] } }), /revision: must be a 40-hex commit id/],
    ["an upper-case hash", manifest({ m: { revision: null, measured: null, files: [{ path: "a", size: 1, sha256: "A".repeat(64) }] } }), /sha256: must be 64 lowercase hex/],
    ["a path leaving the folder", manifest({ m: { revision: null, measured: null, files: [{ path: "../x", size: 1, sha256: null }] } }), /must be a plain relative path/],
    ["an absolute path", manifest({ m: { revision: null, measured: null, files: [{ path: "/etc/passwd", size: 1, sha256: null }] } }), /must be a plain relative path/],
    ["a negative size", manifest({ m: { revision: null, measured: null, files: [{ path: "a", size: -1, sha256: null }] } }), /size/],
  ])("refuses %s", (_, text, message) => {
    expect(() => parseManifest(text)).toThrow(message);
  });
});

describe("planModelFiles", () => {
  it("gives required files then optional ones, with the manifest's expectations where it has them", () => {
    const entry = { revision: COMMIT, measured: "x", files: [{ path: "b.onnx", size: 5, sha256: SHA }] };
    expect(planModelFiles(entry, ["a.json", "b.onnx"], ["c.json", "a.json"])).toEqual([
      { path: "a.json", size: null, sha256: null, optional: false },
      { path: "b.onnx", size: 5, sha256: SHA, optional: false },
      { path: "c.json", size: null, sha256: null, optional: true },
    ]);
  });
});

describe("isPinned", () => {
  it.each([
    [undefined, false],
    [{ revision: null, measured: null, files: [] }, false],
    [{ revision: COMMIT, measured: "x", files: [{ path: "a", size: 1, sha256: null }] }, false],
    [{ revision: COMMIT, measured: "x", files: [{ path: "a", size: 1, sha256: SHA }] }, true],
  ])("%j → %s", (entry, pinned) => {
    expect(isPinned(entry)).toBe(pinned);
  });
});

describe("withMeasuredModel and serializeManifest", () => {
  const base: Manifest = {
    $comment: "note",
    models: {
      m: { revision: null, measured: null, files: [{ path: "z.json", size: null, sha256: null }] },
      other: { revision: COMMIT, measured: "kept", files: [] },
    },
  };

  it("replaces one model's entry with what was measured, leaving the others alone", () => {
    const next = withMeasuredModel(base, "m", { revision: COMMIT, files: [{ path: "a.onnx", size: 3, sha256: SHA }], note: "measured" });
    expect(next.models.m).toEqual({ revision: COMMIT, measured: "measured", files: [{ path: "a.onnx", size: 3, sha256: SHA }] });
    expect(next.models.other).toEqual(base.models.other);
  });

  it("round-trips, one line per file", () => {
    const text = serializeManifest(withMeasuredModel(base, "m", { revision: COMMIT, files: [{ path: "a.onnx", size: 3, sha256: SHA }], note: "n" }));
    expect(text).toContain(`        { "path": "a.onnx", "size": 3, "sha256": "${SHA}" }`);
    expect(parseManifest(text)).toEqual(parseManifest(serializeManifest(parseManifest(text))));
    expect(serializeManifest(parseManifest(readFileSync("lib/translation/download/model-manifest.json", "utf8")))).toBe(
      readFileSync("lib/translation/download/model-manifest.json", "utf8"),
    );
  });
});
