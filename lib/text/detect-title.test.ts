import { describe, expect, it } from "vitest";
import { looksLikeHeadline } from "./detect-title";

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
