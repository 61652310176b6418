import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./parse-html";

const fixture = fs.readFileSync(path.join(__dirname, "fixtures/news-page.html"), "utf8");

describe("parseHtml on a saved Indonesian news page", () => {
  const page = parseHtml(fixture, "https://www.wartanusantara.example/berita/2025/03/banjir-jakarta-timur?amp=1");
  const paragraphs = page.text.split("\n\n");

  it("reads title, canonical address and site name from the head", () => {
    expect(page).toMatchObject({
      title: "Banjir Rendam Ribuan Rumah di Jakarta Timur, Warga Mengungsi",
      canonicalUrl: "https://www.wartanusantara.example/berita/2025/03/banjir-jakarta-timur",
      siteName: "Warta Nusantara",
    });
  });

  it("keeps the article as clean paragraphs, headings and list lines", () => {
    expect(paragraphs).toEqual([
      "Jakarta – Banjir merendam sedikitnya 2.400 rumah di tujuh kelurahan di Jakarta Timur pada Selasa (11/3/2025) pagi. Hujan deras sejak Senin malam membuat Kali Ciliwung meluap hingga ketinggian air mencapai 1,5 meter.",
      'Kepala Pelaksana BPBD DKI Jakarta, Isnawa Adji, mengatakan sebanyak 3.100 warga telah mengungsi ke masjid, sekolah, dan kantor kelurahan terdekat. "Kami sudah menyiagakan 40 perahu karet dan dapur umum di setiap titik pengungsian," ujarnya.',
      "Menurut pantauan di Kampung Melayu, air mulai naik sekitar pukul 02.00 WIB. Warga yang tinggal di bantaran sungai sempat menyelamatkan barang-barang berharga ke lantai dua rumah mereka.",
      "Pompa air tidak berfungsi",
      "Sejumlah warga mengeluhkan pompa air di Pintu Air Manggarai yang tidak berfungsi optimal. Dinas Sumber Daya Air menyebut dua dari enam pompa sedang dalam perbaikan.",
      "Warga menyebut kebutuhan paling mendesak saat ini adalah:",
      "air bersih dan makanan siap saji;\nselimut serta pakaian kering;\nobat-obatan untuk anak & lansia.",
      "Pemerintah Provinsi DKI Jakarta menyatakan status siaga dan meminta warga di bantaran Ciliwung tetap waspada karena hujan diperkirakan masih turun hingga Kamis.",
      "Laporan terakhir menyebut genangan mulai surut di dua kelurahan, tetapi lima kelurahan lain masih terendam dengan ketinggian 60 hingga 120 sentimeter.",
      "(rin/ant)",
    ]);
  });

  it.each([
    ["navigation", "Olahraga"],
    ["share buttons", "WhatsApp"],
    ["read-also boxes", "Baca juga"],
    ["read-also links", "Normalisasi Ciliwung"],
    ["scripts", "alert"],
    ["JSON-LD", "schema.org"],
    ["styles", "display:flex"],
    ["ads", "ADVERTISEMENT"],
    ["comments section", "budi88"],
    ["sidebar", "Terpopuler"],
    ["footer", "Hak cipta"],
    ["cookie banner", "cookie"],
    ["HTML tags", "<"],
    ["raw entities", "&amp;"],
  ])("drops %s", (_what, needle) => {
    expect(page.text.toLowerCase()).not.toContain(needle.toLowerCase());
  });
});

describe("parseHtml on small pages", () => {
  const cases: { name: string; html: string; text: string; title?: string | null }[] = [
    { name: "fragment without html/body", html: "<p>Satu.</p><p>Dua &amp; tiga.</p>", text: "Satu.\n\nDua & tiga." },
    { name: "bare text", html: "Hanya teks.", text: "Hanya teks." },
    { name: "empty", html: "", text: "", title: null },
    { name: "headings kept on a short page", html: "<html><body><h2>Latar</h2><p>Isi singkat.</p></body></html>", text: "Latar\n\nIsi singkat." },
    {
      name: "script and img onerror never reach the text",
      html: "<html><head><title>X</title></head><body><p>Halo<script>alert(1)</script></p><img src=x onerror=alert(1)><p>Dunia</p></body></html>",
      text: "Halo\n\nDunia",
      title: "X",
    },
    { name: "escaped markup in prose stays as text", html: "<p>Tulis &lt;script&gt; di sini</p>", text: "Tulis <script> di sini" },
  ];
  it.each(cases)("$name", ({ html, text, title }) => {
    const page = parseHtml(html);
    expect(page.text).toBe(text);
    if (title !== undefined) expect(page.title).toBe(title);
  });
});

describe("parseHtml on a page too large for Readability", () => {
  it("falls back to the body text, still without furniture", () => {
    const rows = "<div class='row'><p>Kalimat isi.</p><div class='share'><a>Bagikan</a></div></div>".repeat(3000);
    const html = `<html><head><title>Besar</title></head><body><nav>Menu</nav><main>${rows}</main><footer>Kaki</footer></body></html>`;
    const page = parseHtml(html);
    expect(page.title).toBe("Besar");
    const paragraphs = page.text.split("\n\n");
    expect(paragraphs).toHaveLength(3000);
    expect(new Set(paragraphs)).toEqual(new Set(["Kalimat isi."]));
  });
});

describe("parseHtml never leaks script or style content", () => {
  const word = fc.constantFrom("Jakarta", "berita", "hari", "ini", "&amp;", "&lt;b&gt;", " ");
  const wrapper = fc.constantFrom("p", "div", "article", "section", "li", "h2", "span", "b", "main", "td");
  const leaf: fc.Arbitrary<string> = fc.oneof(
    fc.array(word, { maxLength: 8 }).map((w) => w.join(" ")),
    fc.constant("<script>SECRET_SCRIPT()</script>"),
    fc.constant("<style>.SECRET_STYLE{}</style>"),
    fc.constant('<img src=x onerror="SECRET_ATTR()">'),
    fc.constant("<!-- SECRET_COMMENT -->"),
    fc.constant("<noscript>SECRET_NOSCRIPT</noscript>"),
  );
  const tree = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(wrapper, fc.array(tie("node"), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join("")}</${tag}>`),
    ),
  }));

  it("holds for random nestings, with and without a document shell", () => {
    fc.assert(
      fc.property(tree.node, fc.boolean(), (body, shell) => {
        const html = shell ? `<html><head><title>t</title></head><body>${body}</body></html>` : body;
        const { text } = parseHtml(html);
        expect(text).not.toMatch(/SECRET_|<script|<img/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseHtml refuses markup too costly to parse, before parsing it", () => {
  const nested = (depth: number) => `<html><body>${"<div>".repeat(depth)}<p>Isi berita.</p>${"</div>".repeat(depth)}</body></html>`;

  it("reads a page nested 200 levels deep", () => {
    expect(parseHtml(nested(200)).text).toBe("Isi berita.");
  });

  it.each<[string, string]>([
    ["5,000 nested <div>", nested(5000)],
    ["300 nested <span>", `<p>${"<span>".repeat(300)}x</p>`],
    ["100,001 elements", "<br>".repeat(100_001)],
  ])("%s → too-complex", (_name, html) => {
    expect(() => parseHtml(html)).toThrow(expect.objectContaining({ code: "too-complex" }));
  });
});
