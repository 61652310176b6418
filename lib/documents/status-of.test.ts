import { describe, expect, it } from "vitest";
import { documentStatusOf, segmentStatusOf } from "./status-of";

describe("statuses read from raw SQL", () => {
  it.each(["pending", "machine", "memory", "edited", "approved"])("segment %s", (value) => {
    expect(segmentStatusOf(value)).toBe(value);
  });
  it.each(["ready", "translating", "failed"])("document %s", (value) => {
    expect(documentStatusOf(value)).toBe(value);
  });
  it.each(["", "Edited", "reviewed", "machine "])("rejects %j", (value) => {
    expect(() => segmentStatusOf(value)).toThrow(/Unknown segment status/);
    expect(() => documentStatusOf(value)).toThrow(/Unknown document status/);
  });
});
