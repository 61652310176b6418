import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./change-cursor";

describe("change cursor", () => {
  it("round-trips a time and an id", () => {
    const cursor = { createdAt: new Date("2026-12-01T10:00:00.123Z"), id: "cm1abc_2-x" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a b"],
    ["no separator", Buffer.from("2026-12-01T10:00:00.000Z").toString("base64url")],
    ["a bad date", Buffer.from("yesterday|abc").toString("base64url")],
    ["a non-canonical date", Buffer.from("2026-12-01|abc").toString("base64url")],
    ["an id with quotes", Buffer.from("2026-12-01T10:00:00.000Z|a'b").toString("base64url")],
    ["an empty id", Buffer.from("2026-12-01T10:00:00.000Z|").toString("base64url")],
  ])("refuses %s", (_name, value) => {
    expect(decodeCursor(value)).toBeNull();
  });
});
