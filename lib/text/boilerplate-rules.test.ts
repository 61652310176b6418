import { describe, expect, it } from "vitest";
import { boilerplateRule } from "./boilerplate-rules";

const cases: { line: string; rule: string | null }[] = [
  { line: "Scroll to Top", rule: "scroll-to-top" },
  { line: "Kembali ke atas", rule: "scroll-to-top" },
  { line: "Klik di sini untuk berlangganan", rule: "click-here" },
  { line: "Klik disini", rule: "click-here" },
  { line: "Kunjungi situs kami di www.kabarnusa.id", rule: "visit" },
  { line: "Kunjungi kami", rule: "visit" },
  { line: "Baca juga: Harga beras naik lagi", rule: "read-also" },
  { line: "Baca Juga", rule: "read-also" },
  { line: "BACA JUGA: Banjir di Semarang", rule: "read-also" },
  { line: "Bagikan", rule: "share" },
  { line: "Bagikan artikel ini:", rule: "share" },
  { line: "Share this", rule: "share" },
  { line: "Share on Facebook", rule: "share" },
  { line: "Ikuti kami di Instagram @kabarnusa", rule: "follow" },
  { line: "Ikuti berita terkini di Google News", rule: "follow" },
  { line: "Artikel ini disediakan oleh penyedia konten pihak ketiga.", rule: "provided-by" },
  { line: "SeaPRwire menyediakan distribusi siaran pers real-time untuk perusahaan.", rule: "press-release-distributor" },
  { line: "Sektor: Top Story, Daily News", rule: "sector" },
  { line: "***", rule: "stars-marker" },
  { line: "* * *", rule: "stars-marker" },
  { line: "Advertisement", rule: "advertisement" },
  { line: "IKLAN", rule: "advertisement" },
  // When in doubt, keep: ordinary sentences that start with the same words.
  { line: "Kunjungan delegasi Rusia ke Pyongyang juga menjadi sorotan, di mana Ketua Duma menyampaikan rasa terima kasih.", rule: null },
  { line: "Kunjungi pameran ini selagi bisa, kata panitia yang menyebut antrean sudah mengular sejak pagi hari di pintu masuk utama.", rule: null },
  { line: "Bagikan bantuan kepada warga menjadi prioritas pemerintah kota.", rule: null },
  { line: "Ikuti aturan lalu lintas, pesan polisi.", rule: null },
  { line: "Iklan rokok dilarang di dekat sekolah.", rule: null },
  { line: "Sektor pertanian tumbuh 3,5 persen.", rule: null },
  { line: "Presiden Rusia pada hari Senin berterima kasih.", rule: null },
  { line: "", rule: null },
];

describe("boilerplateRule", () => {
  it.each(cases)("$line → $rule", ({ line, rule }) => {
    expect(boilerplateRule(line)).toBe(rule);
  });
});
