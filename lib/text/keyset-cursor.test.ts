import { describe, expect, it } from "vitest";
import { afterCursor, decodeKeysetCursor, encodeKeysetCursor } from "./keyset-cursor";

describe("keyset cursor", () => {
  it.each([
    ["a time and an id", { createdAt: new Date("2026-12-01T10:00:00.123Z"), id: "cm1abc_2-x" }],
    ["the epoch", { createdAt: new Date(0), id: "a" }],
    ["a 64-character id", { createdAt: new Date("2030-01-31T23:59:59.999Z"), id: "x".repeat(64) }],
  ])("round-trips %s", (_name, cursor) => {
    const encoded = encodeKeysetCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKeysetCursor(encoded)).toEqual(cursor);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a b"],
    ["too long", "A".repeat(201)],
    ["no separator", Buffer.from("2026-12-01T10:00:00.000Z").toString("base64url")],
    ["a bad date", Buffer.from("yesterday|abc").toString("base64url")],
    ["a non-canonical date", Buffer.from("2026-12-01|abc").toString("base64url")],
    ["an id with quotes", Buffer.from("2026-12-01T10:00:00.000Z|a'b").toString("base64url")],
    ["an id too long", Buffer.from(`2026-12-01T10:00:00.000Z|${"x".repeat(65)}`).toString("base64url")],
    ["an empty id", Buffer.from("2026-12-01T10:00:00.000Z|").toString("base64url")],
  ])("refuses %s", (_name, value) => {
    expect(decodeKeysetCursor(value)).toBeNull();
  });

  it.each([
    ["desc", { OR: [{ createdAt: { lt: new Date(5) } }, { createdAt: new Date(5), id: { lt: "m" } }] }],
    ["asc", { OR: [{ createdAt: { gt: new Date(5) } }, { createdAt: new Date(5), id: { gt: "m" } }] }],
  ] as const)("reads on %s from the row after the cursor", (direction, where) => {
    expect(afterCursor({ createdAt: new Date(5), id: "m" }, direction)).toEqual(where);
  });
});
