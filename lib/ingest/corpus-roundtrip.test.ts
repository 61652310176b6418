// The real sample articles through the ingest I/O: every encoding we accept gives the
// article back unchanged, and the article wrapped in a noisy web page comes back as
// its own paragraphs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { parseHtml } from "./parse-html";
import { decodeWindows1252 } from "./windows-1252";

const CORPUS = path.resolve(__dirname, "../..", "../shared/corpus");
const present = fs.existsSync(CORPUS);
const files = present ? fs.readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort() : [];
const articles = files.map((name) => ({ name, text: fs.readFileSync(path.join(CORPUS, name), "utf8") }));

const toWindows1252 = (() => {
  const byChar = new Map([...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))].map((c, i) => [c, i]));
  return (text: string) => Uint8Array.from([...text], (c) => byChar.get(c) ?? 0x3f);
})();
const utf16 = (text: string, littleEndian: boolean) => {
  const view = new DataView(new ArrayBuffer(2 + text.length * 2));
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
};
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function asNewsPage(text: string): { html: string; paragraphs: string[] } {
  // The samples put one paragraph per line, some with blank lines between.
  const [title = "", ...rest] = text.split("\n").map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  const body = rest.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n<div class='share-buttons'><a>Bagikan</a></div>\n");
  const html = `<!DOCTYPE html><html><head><title>${escapeHtml(title)} - Contoh</title><meta property="og:site_name" content="Contoh">
    <script>var tracking = "alert(1)";</script></head><body><nav><a>Beranda</a><a>Nasional</a></nav>
    <article><h1>${escapeHtml(title)}</h1>${body}<p><strong>Baca juga:</strong> <a href="/lain">Berita lain</a></p></article>
    <footer>Hak cipta Contoh</footer></body></html>`;
  return { html, paragraphs: rest };
}

describe.skipIf(!present)(`sample corpus round trip${present ? "" : " (skipped: ../shared/corpus not found)"}`, () => {
  it("has sample articles", () => expect(articles.length).toBeGreaterThan(0));

  describe.each(articles)("$name", ({ text }) => {
    const encodings: [string, Uint8Array, string][] = [
      ["UTF-8", new TextEncoder().encode(text), "utf-8"],
      ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), "utf-8"],
      ["UTF-16LE with BOM", utf16(text, true), "utf-16le"],
      ["UTF-16BE with BOM", utf16(text, false), "utf-16be"],
      // Pure ASCII is valid UTF-8 too, and is reported as such.
      ["Windows-1252", toWindows1252(text), /^[\x00-\x7f]*$/.test(text) ? "utf-8" : "windows-1252"],
    ];
    it.each(encodings)("decodes from %s unchanged", (_label, bytes, encoding) => {
      expect(decodeText(bytes)).toEqual({ ok: true, text, encoding });
    });

    it("comes back as its own paragraphs from a noisy web page", () => {
      const { html, paragraphs } = asNewsPage(text);
      const page = parseHtml(html);
      expect(page.title).toBe(text.split("\n")[0]?.trim());
      expect(page.text.split("\n\n")).toEqual(paragraphs);
    });
  });
});
