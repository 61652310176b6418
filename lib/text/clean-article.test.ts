import { describe, expect, it } from "vitest";
import { cleanArticle, type CleanArticle, type CleanOptions, type RemovedLine } from "./clean-article";

type Case = { name: string; text: string; options?: CleanOptions; expected: Partial<Omit<CleanArticle, "removed">> & { removed?: Partial<RemovedLine>[] } };

const cases: Case[] = [
  {
    name: "headline on the first line becomes the title",
    text: "Festival Kuliner Digelar di Semarang\n\nRibuan warga hadir.\n\nAcara berlangsung meriah.",
    expected: { title: "Festival Kuliner Digelar di Semarang", paragraphs: ["Ribuan warga hadir.", "Acara berlangsung meriah."] },
  },
  {
    name: "a first line that is a sentence is not a title",
    text: "Ribuan warga hadir di Semarang.\nAcara berlangsung meriah.",
    expected: { title: null, paragraphs: ["Ribuan warga hadir di Semarang.", "Acara berlangsung meriah."] },
  },
  {
    name: "a lone headline with nothing after it stays a paragraph",
    text: "Festival Kuliner Digelar",
    expected: { title: null, paragraphs: ["Festival Kuliner Digelar"] },
  },
  {
    name: "a given title removes an equal first line",
    text: "Judul  Berita\nIsi berita.",
    options: { title: "Judul Berita" },
    expected: { title: "Judul Berita", paragraphs: ["Isi berita."] },
  },
  {
    name: "a given title keeps a different first line as a paragraph",
    text: "Judul Lain di Sini\nIsi berita.",
    options: { title: "Judul Berita" },
    expected: { title: "Judul Berita", paragraphs: ["Judul Lain di Sini", "Isi berita."] },
  },
  {
    name: "a headline joined to its first paragraph in a blank-line layout",
    text: "Judul Berita Hari Ini\nBaris pertama isi.\n\nParagraf dua.",
    expected: { title: "Judul Berita Hari Ini", paragraphs: ["Baris pertama isi.", "Paragraf dua."] },
  },
  {
    name: "boilerplate lines are removed and reported",
    text: "Isi pertama.\nBaca juga: Berita lain\nIsi kedua.\nScroll to Top",
    expected: {
      paragraphs: ["Isi pertama.", "Isi kedua."],
      removed: [
        { line: "Baca juga: Berita lain", reason: "boilerplate", rule: "read-also" },
        { line: "Scroll to Top", reason: "boilerplate", rule: "scroll-to-top" },
      ],
    },
  },
  {
    name: "removing a line inside a wrapped paragraph keeps the blank-line layout",
    text: "Baris satu\nBagikan\nbaris dua.\n\nParagraf dua.",
    expected: { paragraphs: ["Baris satu baris dua.", "Paragraf dua."] },
  },
  {
    name: "keepLines restores a boilerplate line",
    text: "Isi pertama.\nBaca juga: Berita lain\nIsi kedua.",
    options: { keepLines: ["Baca juga:  Berita lain"] },
    expected: { paragraphs: ["Isi pertama.", "Baca juga: Berita lain", "Isi kedua."], removed: [] },
  },
  {
    name: "repeated paragraphs are kept once, compared after whitespace folding",
    text: "Satu dua.\nTiga empat.\nSatu  dua.\nTiga empat.",
    expected: {
      paragraphs: ["Satu dua.", "Tiga empat."],
      duplicateParagraphs: 2,
      removed: [
        { line: "Satu  dua.", reason: "duplicate", rule: "repeated-paragraph" },
        { line: "Tiga empat.", reason: "duplicate", rule: "repeated-paragraph" },
      ],
    },
  },
  {
    name: "a repeated lead still carrying its city tag is a duplicate",
    text: "SEMARANG — Ribuan warga hadir.\nAcara meriah.\nSEMARANG — Ribuan warga hadir.",
    expected: { dateline: "SEMARANG", paragraphs: ["Ribuan warga hadir.", "Acara meriah."], duplicateParagraphs: 1 },
  },
  {
    name: "keepLines restores a duplicate",
    text: "Satu dua.\nTiga empat.\nSatu dua.",
    options: { keepLines: ["Satu dua."] },
    expected: { paragraphs: ["Satu dua.", "Tiga empat.", "Satu dua."], duplicateParagraphs: 0 },
  },
  {
    name: "the headline repeated as a paragraph is a duplicate",
    text: "Judul Berita Hari Ini\nJudul Berita Hari Ini\nIsi.",
    expected: { title: "Judul Berita Hari Ini", paragraphs: ["Isi."], duplicateParagraphs: 1 },
  },
  {
    name: "a lone capitalised city line is the dateline",
    text: "Judul Berita Hari Ini\nISTANBUL\nPresiden tiba.",
    expected: { dateline: "ISTANBUL", sourceName: null, paragraphs: ["Presiden tiba."] },
  },
  {
    name: "a city tag is stripped from the first paragraph",
    text: "Judul Berita Hari Ini\n\nSEMARANG — Ribuan warga hadir.\n\nSEMARANG — kota besar.",
    expected: { dateline: "SEMARANG", paragraphs: ["Ribuan warga hadir.", "SEMARANG — kota besar."] },
  },
  {
    name: "city and outlet tag",
    text: "JAKARTA, KOMPAS.com - Harga beras naik.\nPedagang mengeluh.",
    expected: { title: null, dateline: "JAKARTA", sourceName: "KOMPAS.com", paragraphs: ["Harga beras naik.", "Pedagang mengeluh."] },
  },
  {
    name: "press-release tag",
    text: "(SeaPRwire) – Presiden Rusia berterima kasih.\nKomentar muncul.",
    expected: { title: null, dateline: null, sourceName: "SeaPRwire", paragraphs: ["Presiden Rusia berterima kasih.", "Komentar muncul."] },
  },
  {
    name: "a capitalised line deep in the body is not a dateline",
    text: "A satu.\nB dua.\nC tiga.\nDPR\nD empat.",
    expected: { dateline: null, paragraphs: ["A satu.", "B dua.", "C tiga.", "DPR", "D empat."] },
  },
  {
    name: "empty text",
    text: "",
    expected: { title: null, dateline: null, sourceName: null, paragraphs: [], removed: [], duplicateParagraphs: 0 },
  },
];

describe("cleanArticle", () => {
  it.each(cases)("$name", ({ text, options, expected }) => {
    expect(cleanArticle(text, options)).toMatchObject(expected);
  });
});

describe("cleanArticle and restored lines", () => {
  it("records where each paragraph and removed line was in the page", () => {
    const text = "Judul Berita Hari Ini\n\nSatu.\nBaca juga: Lain\nDua.\n\nBaca juga: Lagi\n\nTiga.\n\nSatu. Dua.";
    const cleaned = cleanArticle(text);
    expect(cleaned.paragraphs).toEqual(["Satu. Dua.", "Tiga."]);
    expect(cleaned.origins).toEqual([1, 3]);
    expect(cleaned.removed).toMatchObject([
      { line: "Baca juga: Lain", paragraph: 1, lineIndex: 1 },
      { line: "Baca juga: Lagi", paragraph: 2, lineIndex: 0 },
      { line: "Satu. Dua.", reason: "duplicate", paragraph: 4, lineIndex: -1 },
    ]);
  });

  it("restoring a removed line never moves a city line into or out of the lead (found by fast-check)", () => {
    const text = "JAKARTA, KOMPAS.com - Harga naik.\nJudul Berita Hari Ini\nSektor: Top Story\nISTANBUL\nISTANBUL";
    const first = cleanArticle(text);
    const restored = cleanArticle(text, { keepLines: first.removed.map((r) => r.line) });
    expect(restored.removed).toEqual([]);
    expect(restored.dateline).toBe(first.dateline);
  });
});
