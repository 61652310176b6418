// Download names come from article titles, i.e. from the open web: they must never
// inject a header, name a path, or break the quoted filename.
import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

/** The two names a browser may use, decoded the way RFC 6266 / 5987 say. */
function parse(header: string): { ascii: string; utf8: string } {
  const ascii = /filename="([^"]*)"/.exec(header)?.[1];
  const encoded = /filename\*=UTF-8''([^;\s]*)/.exec(header)?.[1];
  if (ascii === undefined || encoded === undefined) throw new Error(`unparseable: ${header}`);
  return { ascii, utf8: decodeURIComponent(encoded) };
}

describe("contentDisposition with hostile names", () => {
  it.each([
    ["path traversal", "../../etc/passwd"],
    ["windows path", "..\\..\\Windows\\system.ini"],
    ["CRLF header injection", "berita\r\nSet-Cookie: session=evil.tsv"],
    ["bare LF", "a\nContent-Type: text/html.tsv"],
    ["double quotes", 'Presiden: "tidak ada" .tsv'],
    ["semicolon parameter smuggling", 'x.tsv"; filename="evil.exe'],
    ["NUL and controls", "a\u0000b\u0007c\u001b.tsv"],
    ["unicode", "Kafé Jakarta — “berita” 🎉 日本.tsv"],
    ["right-to-left override", "invoice\u202egnp.tsv"],
    ["percent-encoding lookalike", "100%25 naik %0d%0a.tsv"],
    ["very long", `${"panjang ".repeat(100)}.tsv`],
    ["only forbidden characters", '/\\:*?"<>|'],
    ["empty", ""],
  ])("%s", (_name, name) => {
    const header = contentDisposition(name);
    expect(header).toMatch(/^attachment; filename="[^"\\]*"; filename\*=UTF-8''[A-Za-z0-9!'()*\-._~%]*$/);
    // Node refuses header values with CR/LF; the header being constructible proves none slipped in.
    expect(() => new Headers({ "content-disposition": header })).not.toThrow();
    const { ascii, utf8 } = parse(header);
    for (const candidate of [ascii, utf8]) {
      expect(candidate).not.toMatch(/[\u0000-\u001f\u007f/\\"]/);
      expect(candidate.length).toBeLessThanOrEqual(120);
    }
    expect(ascii).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each([
    ["an emoji across the cut", `${"a".repeat(115)}🎉🎉🎉.tsv`],
    ["emoji only", `${"🎉".repeat(200)}.tsv`],
    ["a flag and a family across the cut", `${"b".repeat(112)}🇮🇩👨‍👩‍👧.tmx`],
  ])("never cuts a character in half: %s", (_name, name) => {
    const { utf8 } = parse(contentDisposition(name));
    expect(utf8.isWellFormed()).toBe(true);
    expect(Array.from(utf8).length).toBeLessThanOrEqual(120);
    expect(utf8).toMatch(/\.(tsv|tmx)$/);
  });

  it("keeps the extension of a long name", () => {
    expect(parse(contentDisposition(`selaras-${"panjang ".repeat(30)}.jsonl`)).utf8).toMatch(/^selaras-panjang .*\.jsonl$/);
  });

  it("keeps readable unicode in the UTF-8 name", () => {
    expect(parse(contentDisposition("Kafé Jakarta.tsv")).utf8).toBe("Kafé Jakarta.tsv");
  });

  // Known gap, reported to the export owner: U+202E can make "invoice\u202egnp.tsv" display
  // as "invoicevst.png". Flip to it() once contentDisposition drops bidi controls.
  it("drops bidi control characters that disguise the extension", () => {
    expect(parse(contentDisposition("invoice\u202egnp.tsv")).utf8).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
