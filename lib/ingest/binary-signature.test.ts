import { describe, expect, it } from "vitest";
import { hasBinaryBytes, hasBinaryChars, knownBinaryKind } from "./binary-signature";

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe("knownBinaryKind", () => {
  it.each([
    ["PDF", ascii("%PDF-1.4\n"), "PDF"],
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG image"],
    ["JPEG", [0xff, 0xd8, 0xff, 0xdb], "JPEG image"],
    ["GIF87a", ascii("GIF87a"), "GIF image"],
    ["ZIP", [0x50, 0x4b, 0x03, 0x04], "ZIP archive or Word document"],
    ["empty ZIP", [0x50, 0x4b, 0x05, 0x06], "ZIP archive or Word document"],
    ["gzip", [0x1f, 0x8b, 0x08], "gzip archive"],
    ["legacy Office", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "old Word or Excel document"],
    ["ELF", [0x7f, 0x45, 0x4c, 0x46, 2], "program"],
    ["text starting like PDF word", ascii("%PD is a typo"), null],
    ["text starting with PK", ascii("PKS menang pemilu"), null],
    ["plain text", ascii("Jakarta"), null],
    ["too short", [0x89, 0x50], null],
    ["empty", [], null],
  ])("%s", (_name, bytes, kind) => {
    expect(knownBinaryKind(Uint8Array.from(bytes))).toBe(kind);
  });
});

describe("hasBinaryBytes / hasBinaryChars", () => {
  const text = "Baris satu\r\n\tBaris dua\fhalaman\x1b[0m";
  it.each([
    ["ordinary text with tab, CR, LF, FF, ESC", text, false],
    ["a single NUL", "abc\0def", true],
    ["one stray control in a long text", "a".repeat(200) + "\x07", false],
    ["many control bytes", "a\x01b\x02c\x03d\x04", true],
    ["empty", "", false],
  ])("%s → %s", (_name, sample, expected) => {
    expect(hasBinaryBytes(Uint8Array.from(ascii(sample)))).toBe(expected);
    expect(hasBinaryChars(sample)).toBe(expected);
  });
});
