import { describe, expect, it } from "vitest";
import { htmlFieldText, importAnkiText } from "@/lib/test/anki-text-import";
import { ankiFile, CSV_COLUMNS, markWord, wordsCsv, type WordCard } from "./anki";

const hostile: WordCard = {
  word: "dikirimkan",
  root: "kirim",
  source: 'Paket "besar"\tdikirimkan\nke <Jakarta> & Dikirimkan lagi.',
  target: 'The "big" parcel\twas sent\r\nto <Jakarta> & sent again.',
  gloss: "send",
  link: "http://localhost/documents/abc#segment-1",
  documentTitle: 'Berita "hari" ini',
};

describe("ankiFile", () => {
  const parsed = importAnkiText(ankiFile([hostile, { ...hostile, word: "lagi", source: '"Lagi"', target: "", gloss: "" }]));

  it("declares its separator, HTML and columns in Anki's own header lines", () => {
    expect(parsed.headers).toEqual({ separator: "tab", html: "true", columns: "front\tback\tword\troot\tsource" });
  });
  it("gives one row of five fields per card, whatever the sentences hold", () => {
    expect(parsed.rows).toHaveLength(2);
    for (const row of parsed.rows) expect(row).toHaveLength(5);
  });
  it("shows the sentences, gloss and word exactly as written once Anki renders the HTML", () => {
    const [front, back, word, root, link] = parsed.rows[0] ?? [];
    expect(htmlFieldText(front ?? "")).toBe(hostile.source);
    expect(htmlFieldText(back ?? "")).toBe(`${hostile.target.replace("\r\n", "\n")}\n\nsend`);
    expect([word, root]).toEqual(["dikirimkan", "kirim"]);
    expect(link).toContain('href="http://localhost/documents/abc#segment-1"');
    expect(htmlFieldText(link ?? "")).toBe(hostile.documentTitle);
  });
  it("marks the word in the front, every occurrence and case, and nothing inside other words", () => {
    expect(parsed.rows[0]?.[0]).toContain("<b>dikirimkan</b>");
    expect(parsed.rows[0]?.[0]).toContain("<b>Dikirimkan</b>");
    expect(markWord("dikirimkannya dikirimkan", "dikirimkan")).toBe("dikirimkannya <b>dikirimkan</b>");
  });
  it("opens no field with a quote, so no quoting rule is ever needed", () => {
    const body = ankiFile([hostile]).split("\n").slice(3).join("\n");
    expect(body).not.toMatch(/"(?![^<]*>)/); // quotes only inside the link's tag
  });
});

describe("wordsCsv", () => {
  it("quotes every field and keeps tabs, quotes and newlines inside one record", () => {
    const csv = wordsCsv([{ ...hostile, status: "learning", gloss: "=HYPERLINK(1)" }]);
    expect(csv.startsWith("\uFEFFword,root")).toBe(true);
    // Read as CSV (comma separator), the same quote-aware reader gives the fields back.
    const reread = importAnkiText(`#separator:comma\n${csv.slice(1)}`).rows;
    expect(reread[0]).toEqual([...CSV_COLUMNS]);
    expect(reread[1]).toEqual(["dikirimkan", "kirim", "learning", "'=HYPERLINK(1)", hostile.source, hostile.target, hostile.documentTitle, hostile.link]);
  });
});
