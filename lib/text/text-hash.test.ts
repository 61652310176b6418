import { describe, expect, it } from "vitest";
import { textHash, withSourceHash } from "./text-hash";

describe("textHash", () => {
  // The same values PostgreSQL's selaras_text_hash() gives (checked in the migration test).
  it.each([
    ["", "e3b0c44298fc1c14"],
    ["Harga beras naik.", textHash("Harga beras naik.")],
    ["Jakarta — ibu kota", textHash("Jakarta — ibu kota")],
  ])("%j is 16 hex digits of its SHA-256", (text, expected) => {
    expect(textHash(text)).toBe(expected);
    expect(textHash(text)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ["case", "Harga", "harga"],
    ["a trailing space", "Harga", "Harga "],
    ["composed and decomposed é", "caf\u00e9", "cafe\u0301"],
  ])("tells texts apart that differ only by %s", (_name, a, b) => {
    expect(textHash(a)).not.toBe(textHash(b));
  });

  it("hashes a very long sentence like any other", () => {
    expect(textHash("kata ".repeat(5_000))).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("withSourceHash", () => {
  it("adds the hash of the source and keeps every other field", () => {
    expect(withSourceHash({ source: "Halo.", position: 3 })).toEqual({ source: "Halo.", position: 3, sourceHash: textHash("Halo.") });
  });
});
