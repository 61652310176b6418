import { describe, expect, it } from "vitest";
import { glossSentence } from "./gloss-sentence";
import { createLexicon } from "./lexicon";
import { loadLexicon } from "./load-lexicon";

// A tiny dictionary on top of the hand tables keeps these cases independent of the data file.
const lexicon = createLexicon([
  { indonesian: "rumah", english: "house" },
  { indonesian: "buku", english: "book" },
  { indonesian: "baca", english: "read" },
  { indonesian: "kirim", english: "send" },
  { indonesian: "jelas", english: "clear" },
  { indonesian: "kota", english: "city" },
  { indonesian: "kota besar", english: "metropolis" },
  { indonesian: "negara", english: "land" },
  { indonesian: "budi", english: "sense" },
]);

describe("glossSentence", () => {
  it.each([
    ["function words", "dia tidak akan pergi ke rumah dari kota", "he will not pergi to the house from the city"],
    ["para is dropped with its space and marks a plural", "para tentara dan para pejabat", "soldiers and officials"],
    ["a dropped first word passes the capital on", "Para tentara datang.", "Soldiers datang."],
    ["hand entries win over the dictionary", "negara ini", "this country"],
    ["affixed words use their stem", "dia membaca buku", "he read book"],
    ["-nya and -lah are stripped", "bukunya, rumahlah", "the book, house"],
    ["reduplication is plural", "buku-buku dan negara-negara", "books and countries"],
    ["longest phrase wins", "Kepala Staf Umum Rusia", "Chief of the General Staff Russia"],
    ["a shorter phrase inside a longer one", "Korea Utara dan Korea Selatan", "North Korea and South Korea"],
    ["dictionary phrases", "kota besar", "metropolis"],
    ["calendar phrases", "pada hari Senin, bulan Agustus tahun lalu", "on Monday, August last year"],
    ["unknown words pass through", "xyzzy rumah qwerty", "xyzzy house qwerty"],
    ["names pass through", "kata Gerasimov dan Kim Jong-un", "said Gerasimov and Kim Jong-un"],
    ["a mid-sentence capital trusts only hand entries", "kata Budi kepada Presiden", "said Budi to President"],
    ["a capitalised name is not stemmed", "Presiden Dibaca", "President Dibaca"],
    ["compound names are glossed part by part", "perang Rusia-Ukraina", "war Russia-Ukraine"],
    ["acronyms only match capital entries", "AS dan DPRK", "US and DPRK"],
    ["numbers are kept", "10.000-12.000 tentara pada 28/04", "10,000-12,000 soldiers on 28/04"],
    ["decades", "pada awal 1950-an", "in the early 1950s"],
    ["quotes and punctuation", "“Kami yakin,” kata Putin. (Rusia)", "“We confident,” said Putin. (Russia)"],
    ["spacing is preserved", "  dan\trumah  ", "  and\thouse  "],
    ["sentence-initial capital", "Dalam surat itu", "In the letter"],
    ["initial capital after a quote", "\"tentara itu\"", "\"the soldiers\""],
    ["lower case stays lower case", "dalam surat", "in the letter"],
    ["a capitalised phrase start", "Juru bicara kementerian", "Spokesperson ministry"],
    ["empty sentence", "", ""],
    ["punctuation only", "…!?", "…!?"],
    ["a capitalised run mid-sentence is a name", "dia datang dari Rumah Buku Kota.", "he datang from Rumah Buku Kota."],
    ["a title-case headline is not a name run", "Rumah Buku untuk Kota Besar", "House Book for Metropolis"],
  ])("%s", (_case, sentence, expected) => {
    expect(glossSentence(sentence, lexicon)).toBe(expected);
  });
});

describe("glossSentence with the committed lexicon (sentences from ../shared/corpus)", () => {
  const committed = loadLexicon();
  it.each([
    ["Presiden Rusia, Vladimir Putin, menyampaikan pujiannya kepada tentara Korea Utara.", ["President", "Russia", "Vladimir Putin", "North Korea", "soldiers"]],
    ["Presiden Rusia pada hari Senin berterima kasih kepada Korea Utara karena telah mengirim pasukan.", ["Russian President", "on Monday", "thanked North Korea", "troops"]],
    ["Pejabat intelijen U.S., Korea Selatan, dan Ukraina mengatakan Korea Utara mengerahkan 10.000-12.000 tentara ke Rusia.", ["intelligence", "U.S.", "South Korea", "Ukraine", "10,000-12,000", "deployed"]],
    ["Kementerian Unifikasi Korea Selatan pada hari Senin menyerukan Korea Utara untuk segera menarik pasukannya dari Rusia.", ["Ministry of Unification", "on Monday", "withdraw", "troops"]],
    ["Juru bicara Kremlin Dmitry Peskov mengatakan pada hari Senin bahwa Rusia dapat memberikan bantuan militer kepada Korea Utara.", ["Spokesperson", "Kremlin", "Dmitry Peskov", "military", "aid"]],
    ["Putin juga menegaskan bahwa kedua negara akan terus bekerja sama untuk mempertahankan kedaulatan mereka.", ["also", "both countries", "will", "cooperate", "sovereignty"]],
    ["Korea Utara mengirim pasukan ke Rusia sejak Perang Korea dan Tentara Merah.", ["North Korea", "Korean War", "Red Army"]],
  ])("%s", (sentence, expectedParts) => {
    const gloss = glossSentence(sentence, committed);
    for (const part of expectedParts) expect(gloss).toContain(part);
    expect(gloss).not.toMatch(/\b(Korea Utara|Presiden|mengatakan|pasukan)\b/);
  });
});
