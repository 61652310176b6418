import { describe, expect, it } from "vitest";
import { cutsSpan, protectedSpans } from "./protected-spans";

const cases: { name: string; text: string; spans: string[] }[] = [
  { name: "no addresses", text: "Tidak ada alamat di sini.", spans: [] },
  { name: "URL without sentence punctuation", text: "Lihat https://contoh.id/a.b?x=1. Lalu", spans: ["https://contoh.id/a.b?x=1"] },
  { name: "URL in parentheses", text: "SeaPRwire (https://www.seaprwire.com/) tidak", spans: ["https://www.seaprwire.com/"] },
  { name: "www address at the end", text: "Buka www.contoh.id", spans: ["www.contoh.id"] },
  { name: "bare domain with a path", text: "Buka contoh.id/Berita?Id=3 sekarang", spans: ["contoh.id/Berita?Id=3"] },
  { name: "bare domain without a path is left alone", text: "Menurut KOMPAS.com, harga naik.", spans: [] },
  { name: "e-mail address", text: "Kirim ke redaksi@kabar.co.id.", spans: ["redaksi@kabar.co.id"] },
  { name: "URL and e-mail in order", text: "a@b.com lalu http://x.id?a", spans: ["a@b.com", "http://x.id?a"] },
];

describe("protectedSpans", () => {
  it.each(cases)("$name", ({ text, spans }) => {
    expect(protectedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(spans);
  });
});

describe("cutsSpan", () => {
  const spans = [{ start: 2, end: 6 }];
  it.each([
    { position: 2, cuts: false },
    { position: 3, cuts: true },
    { position: 5, cuts: true },
    { position: 6, cuts: false },
  ])("position $position → $cuts", ({ position, cuts }) => {
    expect(cutsSpan(spans, position)).toBe(cuts);
  });
});
