import { describe, expect, it } from "vitest";
import { isRetryableStatus, parseContentRange, planResume, rangeHeader } from "./byte-range";

describe("rangeHeader", () => {
  it.each([
    [0, {}],
    [1, { range: "bytes=1-" }],
    [5_000_000, { range: "bytes=5000000-" }],
  ])("%i bytes on disk → %j", (have, header) => {
    expect(rangeHeader(have)).toEqual(header);
  });
});

describe("parseContentRange", () => {
  it.each([
    ["bytes 100-199/1000", { start: 100, end: 199, total: 1000 }],
    ["bytes 0-0/1", { start: 0, end: 0, total: 1 }],
    ["bytes 100-199/*", { start: 100, end: 199, total: null }],
    ["bytes */1000", { unsatisfied: true, total: 1000 }],
    ["bytes 200-100/1000", null],
    ["bytes 100-1000/1000", null],
    ["items 1-2/3", null],
    ["", null],
    [null, null],
  ])("%j → %j", (header, parsed) => {
    expect(parseContentRange(header)).toEqual(parsed);
  });
});

describe("planResume", () => {
  it.each([
    ["a full answer to a fresh request", 200, {}, 0, { kind: "restart", total: null }],
    ["a full answer with its length", 200, { contentLength: "1000" }, 0, { kind: "restart", total: 1000 }],
    ["a server that ignores Range", 200, { contentLength: "1000" }, 400, { kind: "restart", total: 1000 }],
    ["the rest of the file", 206, { contentRange: "bytes 400-999/1000" }, 400, { kind: "append", total: 1000 }],
    ["the rest, total unknown", 206, { contentRange: "bytes 400-999/*" }, 400, { kind: "append", total: null }],
    ["the wrong piece", 206, { contentRange: "bytes 0-999/1000" }, 400, { kind: "fail", reason: "asked for bytes from 400, got bytes from 0" }],
    ["a 206 without Content-Range", 206, {}, 400, { kind: "fail", reason: 'unreadable Content-Range ""' }],
    ["a partial file already whole", 416, { contentRange: "bytes */1000" }, 1000, { kind: "complete", total: 1000 }],
    ["a partial file longer than the file", 416, { contentRange: "bytes */1000" }, 1200, { kind: "retry-from-zero", reason: "the server has no bytes from 1200 on" }],
    ["a server error", 503, {}, 0, { kind: "fail", reason: "HTTP 503" }],
  ])("%s", (_, status, headers, have, plan) => {
    expect(planResume(status, headers, have)).toEqual(plan);
  });
});

describe("isRetryableStatus", () => {
  it.each([
    [404, false],
    [403, false],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
  ])("%i → %s", (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});
