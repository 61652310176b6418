import { describe, expect, it } from "vitest";
import { escapeXmlAttribute, escapeXmlText, removeXmlForbidden, TMX_CLOSING, tmxDate, tmxOpening, tmxUnit } from "./tmx";

describe("removeXmlForbidden", () => {
  it.each([
    { name: "plain", input: "Presiden Rusia", expected: "Presiden Rusia" },
    { name: "tab, LF, CR kept", input: "a\tb\nc\rd", expected: "a\tb\nc\rd" },
    { name: "NUL, BEL, VT, FF, ESC removed", input: "a\u0000b\u0007c\u000bd\u000ce\u001bf", expected: "abcdef" },
    { name: "U+FFFE and U+FFFF removed", input: "a\ufffeb\uffffc", expected: "abc" },
    { name: "lone high surrogate removed", input: "a\ud83db", expected: "ab" },
    { name: "lone low surrogate removed", input: "a\ude00b", expected: "ab" },
    { name: "surrogate pair (emoji) kept", input: "a😀b", expected: "a😀b" },
    { name: "DEL and C1 allowed by XML 1.0", input: "a\u007fb\u0085c", expected: "a\u007fb\u0085c" },
  ])("$name", ({ input, expected }) => {
    expect(removeXmlForbidden(input)).toBe(expected);
  });
});

describe("escapeXmlText", () => {
  it.each([
    { input: "a & b", expected: "a &amp; b" },
    { input: "<b>x</b>", expected: "&lt;b&gt;x&lt;/b&gt;" },
    { input: '"kata"', expected: "&quot;kata&quot;" },
    { input: "]]>", expected: "]]&gt;" },
    { input: "it's", expected: "it's" },
    { input: "a\r\nb", expected: "a&#13;\nb" },
    { input: "a\tb", expected: "a\tb" },
    { input: "&amp;", expected: "&amp;amp;" },
  ])("$input", ({ input, expected }) => {
    expect(escapeXmlText(input)).toBe(expected);
  });
});

describe("escapeXmlAttribute", () => {
  it.each([
    { input: "neural:opus-mt", expected: "neural:opus-mt" },
    { input: 'a"b', expected: "a&quot;b" },
    { input: "a\tb\nc", expected: "a&#9;b&#10;c" },
  ])("$input", ({ input, expected }) => {
    expect(escapeXmlAttribute(input)).toBe(expected);
  });
});

describe("tmxDate", () => {
  it.each([
    { date: new Date("2025-03-04T05:06:07.890Z"), expected: "20250304T050607Z" },
    { date: new Date("2025-12-31T23:59:59+07:00"), expected: "20251231T165959Z" },
    { date: "2026-11-21T19:30:40.216+00:00", expected: "20261121T193040Z" },
    { date: "2026-11-21T19:30:40Z", expected: "20261121T193040Z" },
    { date: "2026-01-01T02:00:00.000+07:00", expected: "20251231T190000Z" },
  ])("$date → $expected", ({ date, expected }) => {
    expect(tmxDate(date)).toBe(expected);
  });
});

describe("tmx document", () => {
  it("writes the header attributes and one tu per unit", () => {
    const opening = tmxOpening({ srcLang: "id", adminLang: "en", creationTool: "Selaras", creationToolVersion: "0.1.0", creationDate: new Date("2025-01-02T03:04:05Z") });
    expect(opening).toContain('<tmx version="1.4">');
    expect(opening).toContain('srclang="id"');
    expect(opening).toContain('creationdate="20250102T030405Z"');
    const unit = tmxUnit({
      id: "s1",
      createdAt: new Date("2025-01-02T03:04:05Z"),
      changedAt: new Date("2025-01-03T03:04:05Z"),
      props: [["x-status", "approved"]],
      variants: [["id", "Halo & <dunia>"], ["en", "Hello"]],
    });
    expect(unit).toBe(
      '<tu tuid="s1" creationdate="20250102T030405Z" changedate="20250103T030405Z"><prop type="x-status">approved</prop>' +
        '<tuv xml:lang="id"><seg>Halo &amp; &lt;dunia&gt;</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>\n',
    );
    expect(TMX_CLOSING).toBe("</body>\n</tmx>\n");
  });
});
