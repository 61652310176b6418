import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";

const cases: { name: string; raw: string; expected: string }[] = [
  { name: "plain text is unchanged", raw: "Halo dunia.", expected: "Halo dunia." },
  { name: "CRLF and lone CR become LF", raw: "a\r\nb\rc", expected: "a\nb\nc" },
  { name: "NBSP and narrow NBSP become spaces", raw: "Rp\u00A015.000\u202Fribu", expected: "Rp 15.000 ribu" },
  { name: "other Unicode spaces become spaces", raw: "a\u2003b\u2009c\u3000d", expected: "a b c d" },
  { name: "zero-width characters and BOM are removed", raw: "\uFEFFKo\u200Brea\u200C Uta\u200Dra", expected: "Korea Utara" },
  { name: "soft hyphens are removed", raw: "perta\u00ADhanan", expected: "pertahanan" },
  { name: "tabs become spaces and collapse", raw: "a\t\tb", expected: "a b" },
  { name: "runs of spaces collapse", raw: "a    b  c", expected: "a b c" },
  { name: "lines are trimmed", raw: "  a  \n   b ", expected: "a\nb" },
  { name: "three or more newlines become two", raw: "a\n\n\n\n\nb", expected: "a\n\nb" },
  { name: "whitespace-only lines count as blank", raw: "a\n \n\t\n  \nb", expected: "a\n\nb" },
  { name: "two newlines are kept", raw: "a\n\nb", expected: "a\n\nb" },
  { name: "curly quotes are kept exactly", raw: "“Kami,” kata dia. ‘ya’", expected: "“Kami,” kata dia. ‘ya’" },
  { name: "straight quotes are kept exactly", raw: `"Kami," kata dia. 'ya'`, expected: `"Kami," kata dia. 'ya'` },
  { name: "control characters are removed", raw: "a\u0000b\u0007c\u001Bd\u007Fe\u0085f", expected: "abcdef" },
  { name: "form feed and vertical tab are removed", raw: "a\u000Cb\u000Bc", expected: "abc" },
  { name: "NFD is composed to NFC", raw: "cafe\u0301", expected: "caf\u00E9" },
  { name: "line separator becomes a newline", raw: "a\u2028b", expected: "a\nb" },
  { name: "paragraph separator becomes a blank line", raw: "a\u2029b", expected: "a\n\nb" },
  { name: "leading and trailing blank lines are dropped", raw: "\n\n a\n\n", expected: "a" },
  { name: "empty input stays empty", raw: "", expected: "" },
  { name: "dashes are untouched", raw: "ISTANBUL — Rusia – Ukraina", expected: "ISTANBUL — Rusia – Ukraina" },
];

describe("normalizeText", () => {
  it.each(cases)("$name", ({ raw, expected }) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it("is idempotent", () => {
    for (const { raw } of cases) expect(normalizeText(normalizeText(raw))).toBe(normalizeText(raw));
  });
});
