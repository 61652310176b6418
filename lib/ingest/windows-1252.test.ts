import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "./windows-1252";

const cases: { name: string; bytes: number[]; text: string }[] = [
  { name: "ASCII", bytes: [0x41, 0x62, 0x0a], text: "Ab\n" },
  { name: "curly double quotes", bytes: [0x93, 0x68, 0x61, 0x69, 0x94], text: "“hai”" },
  { name: "apostrophe, dashes, ellipsis", bytes: [0x92, 0x96, 0x97, 0x85], text: "’–—…" },
  { name: "euro, Š, Ÿ, ™", bytes: [0x80, 0x8a, 0x9f, 0x99], text: "€ŠŸ™" },
  { name: "Latin-1 upper half", bytes: [0xe9, 0xf1, 0xfc, 0xa0, 0xff], text: "éñü\u00a0ÿ" },
  { name: "unassigned bytes stay C1", bytes: [0x81, 0x8d, 0x8f, 0x90, 0x9d], text: "\u0081\u008d\u008f\u0090\u009d" },
  { name: "empty", bytes: [], text: "" },
];

describe("decodeWindows1252", () => {
  it.each(cases)("decodes $name", ({ bytes, text }) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(text);
  });

  it("handles input longer than one chunk", () => {
    const bytes = new Uint8Array(20_000).fill(0x93);
    expect(decodeWindows1252(bytes)).toBe("“".repeat(20_000));
  });
});
