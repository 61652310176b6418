import { describe, expect, it } from "vitest";
import { chooseTitle, looksLikeHeadline, type TitleChoice } from "./detect-title";

const cases: { line: string; headline: boolean }[] = [
  { line: "Pujian Putin untuk Tentara Korea Utara dalam Perang di Ukraina", headline: true },
  { line: "Putin tegaskan terima kasih Rusia kepada Korea Utara atas dukungannya rebut kembali wilayah Kursk", headline: true },
  { line: "Festival Kuliner Nusantara Digelar di Semarang", headline: true },
  { line: "Harga Beras Naik Lagi?", headline: true },
  { line: "Menunggu Hujan...", headline: true },
  { line: "(SeaPRwire) – Presiden Rusia pada hari Senin berterima kasih kepada Korea Utara.", headline: false },
  { line: "Komentar Putin muncul hanya beberapa jam setelah Korea Utara mengonfirmasi.", headline: false },
  { line: `Situasinya "sulit."`, headline: false },
  { line: "ISTANBUL", headline: false },
  { line: "JAKARTA — Harga beras naik", headline: false },
  { line: "Banjir", headline: false },
  { line: "harga beras naik", headline: false },
  { line: "Sebagai berikut:", headline: false },
  { line: "Kata ".repeat(31).trim(), headline: false },
];

describe("looksLikeHeadline", () => {
  it.each(cases)("$line → $headline", ({ line, headline }) => {
    expect(looksLikeHeadline(line)).toBe(headline);
  });
});

const MAX = 80;
const long = `${"Kata ".repeat(30).trim()}.`;
const label = `${"Kata ".repeat(15).trim()}…`;
const titleCases: { name: string; found: string | null; first: string[]; more: boolean; expected: TitleChoice }[] = [
  {
    name: "a headline stays the title and the body is untouched",
    found: "Harga Beras Naik",
    first: ["Harga beras naik lagi.", "Warga mengeluh."],
    more: false,
    expected: { title: "Harga Beras Naik", ownSegment: true, firstParagraph: ["Harga beras naik lagi.", "Warga mengeluh."] },
  },
  {
    name: "no headline: the whole first sentence is the title and leaves paragraph 1",
    found: null,
    first: ["Komentar Putin muncul beberapa jam setelah pengumuman.", "Warga mengeluh."],
    more: true,
    expected: { title: "Komentar Putin muncul beberapa jam setelah pengumuman.", ownSegment: true, firstParagraph: ["Warga mengeluh."] },
  },
  {
    name: "no headline and a one-sentence first paragraph: that paragraph goes",
    found: null,
    first: ["Komentar Putin muncul."],
    more: true,
    expected: { title: "Komentar Putin muncul.", ownSegment: true, firstParagraph: [] },
  },
  {
    name: "a typed title equal to the first sentence is not translated twice",
    found: "Komentar  Putin muncul.",
    first: ["Komentar Putin muncul.", "Warga mengeluh."],
    more: false,
    expected: { title: "Komentar  Putin muncul.", ownSegment: true, firstParagraph: ["Warga mengeluh."] },
  },
  {
    name: "a one-sentence article: the sentence stays in the body, the title is only a label",
    found: null,
    first: ["Komentar Putin muncul."],
    more: false,
    expected: { title: "Komentar Putin muncul.", ownSegment: false, firstParagraph: ["Komentar Putin muncul."] },
  },
  {
    name: "a first sentence too long for a title: no title segment, a shortened label",
    found: null,
    first: [long, "Warga mengeluh."],
    more: false,
    expected: { title: label, ownSegment: false, firstParagraph: [long, "Warga mengeluh."] },
  },
  {
    name: "preparing again with that label keeps it a label",
    found: label,
    first: [long, "Warga mengeluh."],
    more: false,
    expected: { title: label, ownSegment: false, firstParagraph: [long, "Warga mengeluh."] },
  },
];

describe("chooseTitle", () => {
  it.each(titleCases)("$name", ({ found, first, more, expected }) => {
    expect(chooseTitle(found, first, more, MAX)).toEqual(expected);
  });
});
