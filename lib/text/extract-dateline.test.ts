import { describe, expect, it } from "vitest";
import { isLoneDateline, splitLeadTag, type LeadTag } from "./extract-dateline";

const lone: { line: string; dateline: boolean }[] = [
  { line: "ISTANBUL", dateline: true },
  { line: "KUALA LUMPUR", dateline: true },
  { line: "JAKARTA, 28/04", dateline: true },
  { line: "Istanbul", dateline: false },
  { line: "ISTANBUL adalah kota besar", dateline: false },
  { line: "A", dateline: false },
  { line: "PRESIDEN RUSIA VLADIMIR PUTIN MEMUJI", dateline: false },
];

const tags: { name: string; paragraph: string; expected: LeadTag | null }[] = [
  {
    name: "city and em dash",
    paragraph: "SEMARANG — Ribuan warga hadir.",
    expected: { dateline: "SEMARANG", sourceName: null, rest: "Ribuan warga hadir." },
  },
  {
    name: "outlet tag and em dash",
    paragraph: "KLIKWARTAKU — Ribuan warga hadir.",
    expected: { dateline: null, sourceName: "KLIKWARTAKU", rest: "Ribuan warga hadir." },
  },
  {
    name: "city, outlet and hyphen",
    paragraph: "JAKARTA, KOMPAS.com - Harga beras naik.",
    expected: { dateline: "JAKARTA", sourceName: "KOMPAS.com", rest: "Harga beras naik." },
  },
  {
    name: "two-word city with en dash touching",
    paragraph: "BANDAR LAMPUNG–Harga cabai turun.",
    expected: { dateline: "BANDAR LAMPUNG", sourceName: null, rest: "Harga cabai turun." },
  },
  {
    name: "city with a date",
    paragraph: "MAKASSAR, 12 Mei 2025 — Pelabuhan ramai.",
    expected: { dateline: "MAKASSAR, 12 Mei 2025", sourceName: null, rest: "Pelabuhan ramai." },
  },
  {
    name: "outlet in parentheses",
    paragraph: "(SeaPRwire) – Presiden Rusia berterima kasih.",
    expected: { dateline: null, sourceName: "SeaPRwire", rest: "Presiden Rusia berterima kasih." },
  },
  {
    name: "city then outlet in parentheses",
    paragraph: "Jakarta (ANTARA) - Bank sentral menahan suku bunga.",
    expected: { dateline: "Jakarta", sourceName: "ANTARA", rest: "Bank sentral menahan suku bunga." },
  },
  {
    name: "title-case city and outlet in parentheses with a date",
    paragraph: "Jakarta, 5/5 (ANTARA) - Harga emas naik.",
    expected: { dateline: "Jakarta, 5/5", sourceName: "ANTARA", rest: "Harga emas naik." },
  },
  {
    name: "outlet domain before the city",
    paragraph: "Liputan6.com, Jakarta - Harga emas naik.",
    expected: { dateline: "Jakarta", sourceName: "Liputan6.com", rest: "Harga emas naik." },
  },
  {
    name: "title-case city, outlet and double hyphen",
    paragraph: "Jakarta, CNN Indonesia -- Harga emas naik.",
    expected: { dateline: "Jakarta", sourceName: "CNN Indonesia", rest: "Harga emas naik." },
  },
  {
    name: "outlet domain alone",
    paragraph: "KOMPAS.com — Harga emas naik.",
    expected: { dateline: null, sourceName: "KOMPAS.com", rest: "Harga emas naik." },
  },
  {
    name: "title-case city before a capitalised sentence",
    paragraph: "Bandung - Pemerintah kota menutup jalan.",
    expected: { dateline: "Bandung", sourceName: null, rest: "Pemerintah kota menutup jalan." },
  },
  { name: "title-case word before lower case is not a dateline", paragraph: "Bandung - kota kembang - ramai.", expected: null },
  { name: "hyphen without spaces is a compound", paragraph: "RUSIA-UKRAINA memanas.", expected: null },
  { name: "ordinary sentence", paragraph: "Presiden Rusia, Vladimir Putin, menyampaikan pujian.", expected: null },
  { name: "lower-case parenthetical", paragraph: "Budi (kiri) – menyapa warga.", expected: null },
  { name: "tag with nothing after it", paragraph: "JAKARTA — ", expected: null },
  { name: "quote lead", paragraph: "“Kami siap,” kata Budi.", expected: null },
];

describe("isLoneDateline", () => {
  it.each(lone)("$line → $dateline", ({ line, dateline }) => {
    expect(isLoneDateline(line)).toBe(dateline);
  });
});

describe("splitLeadTag", () => {
  it.each(tags)("$name", ({ paragraph, expected }) => {
    expect(splitLeadTag(paragraph)).toEqual(expected);
  });
});
