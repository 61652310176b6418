import { describe, expect, it } from "vitest";
import { indonesianScore } from "./looks-indonesian";

const cases: { name: string; text: string; looksIndonesian: boolean }[] = [
  {
    name: "Indonesian news prose",
    text: "Presiden Rusia pada hari Senin berterima kasih kepada Korea Utara karena telah mengirim pasukan untuk bertempur bersama Rusia.",
    looksIndonesian: true,
  },
  {
    name: "Indonesian with quotes and numbers",
    text: "“Kami yakin bahwa hubungan ini akan terus berkembang,” kata dia. Sebanyak 10.000 tentara dikirim.",
    looksIndonesian: true,
  },
  {
    name: "English news prose",
    text: "The Russian president on Monday thanked North Korea for sending troops to fight alongside Russia in the war.",
    looksIndonesian: false,
  },
  {
    name: "German prose",
    text: "Der russische Präsident dankte am Montag Nordkorea für die Entsendung von Truppen.",
    looksIndonesian: false,
  },
  { name: "empty text", text: "", looksIndonesian: false },
  { name: "numbers only", text: "10.000 12.000", looksIndonesian: false },
  { name: "short Indonesian phrase with a stopword", text: "ke pasar", looksIndonesian: true },
  { name: "short phrase without a stopword", text: "Scroll to Top", looksIndonesian: false },
];

describe("indonesianScore", () => {
  it.each(cases)("$name", ({ text, looksIndonesian }) => {
    expect(indonesianScore(text).looksIndonesian).toBe(looksIndonesian);
  });

  it("ratio is the share of stopwords", () => {
    expect(indonesianScore("yang dan kucing anjing").ratio).toBe(0.5);
    expect(indonesianScore("").ratio).toBe(0);
  });
});
