import { describe, expect, it } from "vitest";
import { sha256FromEtag } from "./fetch-model-file";
import { formatBytes, formatProgressLine, progressStep } from "./progress-bar";

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [1536, "1.5 KB"],
    [300 * 1024 * 1024, "300.0 MB"],
    [3 * 1024 ** 3, "3.0 GB"],
  ])("%i → %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe("formatProgressLine", () => {
  it.each([
    [{ label: "a.onnx", loaded: 0, total: 100, rate: null }, "a.onnx [----------]   0%  0 B / 100 B"],
    [{ label: "a.onnx", loaded: 50, total: 100, rate: null }, "a.onnx [#####-----]  50%  50 B / 100 B"],
    [{ label: "a.onnx", loaded: 99, total: 100, rate: null }, "a.onnx [#########-]  99%  99 B / 100 B"],
    [{ label: "a.onnx", loaded: 100, total: 100, rate: 2048 }, "a.onnx [##########] 100%  100 B / 100 B  2.0 KB/s"],
    [{ label: "a.onnx", loaded: 150, total: 100, rate: null }, "a.onnx [##########] 100%  150 B / 100 B"],
    [{ label: "a.json", loaded: 2048, total: null, rate: 1024 }, "a.json  2.0 KB  1.0 KB/s"],
  ])("%j", (state, line) => {
    expect(formatProgressLine(state, 10)).toBe(line);
  });
});

describe("progressStep", () => {
  it.each([
    [0, 100, 0],
    [9, 100, 0],
    [10, 100, 1],
    [100, 100, 10],
    [25 * 1024 * 1024, null, 2],
  ])("%i of %j → step %i", (loaded, total, step) => {
    expect(progressStep(loaded, total)).toBe(step);
  });
});

describe("sha256FromEtag", () => {
  const sha = "0123456789abcdef".repeat(4);
  it.each([
    [`"${sha}"`, sha],
    [`W/"${sha.toUpperCase()}"`, sha],
    ['"0123456789abcdef0123456789abcdef01234567"', null], // a git blob's sha1
    [null, null],
  ])("%j → %j", (etag, expected) => {
    expect(sha256FromEtag(etag)).toBe(expected);
  });
});
