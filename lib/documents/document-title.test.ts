import { describe, expect, it } from "vitest";
import { MAX_TITLE_CHARS } from "@/lib/limits";
import { documentTitle } from "./document-title";

describe("documentTitle", () => {
  it.each([
    ["a plain title", "Rupiah melemah", "Rupiah melemah"],
    ["trimmed", "  Rupiah melemah \n", "Rupiah melemah"],
    ["inner whitespace folded to one space", "Rupiah\tmelemah\r\nlagi", "Rupiah melemah lagi"],
    ["astral characters kept whole", "Banjir 🌊 di Jakarta", "Banjir 🌊 di Jakarta"],
    ["exactly the limit", "a".repeat(MAX_TITLE_CHARS), "a".repeat(MAX_TITLE_CHARS)],
  ])("accepts %s", (_name, input, expected) => {
    expect(documentTitle.parse(input)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["only whitespace", " \n\t "],
    ["one over the limit", "a".repeat(MAX_TITLE_CHARS + 1)],
    ["a lone high surrogate", "Judul \uD83D"],
    ["a lone low surrogate", "\uDE00 Judul"],
    ["a NUL", "Judul\u0000"],
    ["an escape character", "Judul\u001B[31m"],
  ])("refuses %s", (_name, input) => {
    expect(documentTitle.safeParse(input).success).toBe(false);
  });
});
