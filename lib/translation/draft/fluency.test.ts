import { describe, expect, it } from "vitest";
import { englishNumber, hasDeterminer } from "./fluency";
import { glossSentence } from "./gloss-sentence";
import { createLexicon } from "./lexicon";
import { respellLoanword } from "./loanwords";

// A tiny dictionary on top of the hand tables keeps these cases independent of the data files.
const lexicon = createLexicon([
  { indonesian: "rumah", english: "house" },
  { indonesian: "buku", english: "book" },
  { indonesian: "kota", english: "city" },
  { indonesian: "baca", english: "read" },
  { indonesian: "mobil", english: "car" },
]);
const gloss = (sentence: string) => glossSentence(sentence, lexicon);

describe("englishNumber", () => {
  it.each([
    ["5.000", "5,000"], ["12,5", "12.5"], ["10.000-12.000", "10,000-12,000"], ["1.250.000", "1,250,000"],
    ["3,75", "3.75"], ["2024", "2024"], ["17.05", "17.05"], ["28/04", "28/04"], ["1950-an", "1950s"], ["0,5", "0.5"],
  ])("%s → %s", (indonesian, english) => {
    expect(englishNumber(indonesian)).toBe(english);
  });
});

describe("fluency rules in context", () => {
  it.each([
    ["N + ini → this N", "rumah ini", "this house"],
    ["N + itu → the N", "buku itu", "the book"],
    ["N + tersebut → the N", "kota tersebut", "the city"],
    ["a demonstrative alone stays", "itu buku", "that book"],
    ["the after a preposition before a common noun", "ke kota", "to the city"],
    ["no second article after a preposition", "di rumah ini", "in this house"],
    ["-nya on a noun", "bukunya", "the book"],
    ["possessive pronoun after a noun", "rumah mereka", "their house"],
    ["a pronoun after a reporting verb is its subject", "kata mereka", "said they"],
    ["plural after a number word", "dua mobil", "two cars"],
    ["plural after beberapa", "beberapa buku", "several books"],
    ["numbers take English separators, and a plural after them", "5.000 mobil", "5,000 cars"],
    ["no plural after one", "1 mobil", "1 car"],
    ["untuk before a verb is to", "untuk membaca buku", "to read book"],
    ["no article between a preposition and a verb", "dalam membaca", "in read"],
    ["no article across a number", "dalam 2 buku", "in 2 books"],
    ["clitic on a grammar word", "dari dia dan dariku", "from he and from me"],
    ["reduplication with ber- and a time unit", "bertahun-tahun", "for years"],
  ])("%s: %s → %s", (_rule, sentence, expected) => {
    expect(gloss(sentence)).toBe(expected);
  });
});

describe("hasDeterminer", () => {
  it.each([["the house", true], ["this city", true], ["his book", true], ["house", false], ["theatre", false]])("%s → %s", (text, expected) => {
    expect(hasDeterminer(text)).toBe(expected);
  });
});

describe("respellLoanword", () => {
  it.each([
    ["transisi", "transition"], ["komunitas", "community"], ["universitas", "university"], ["aksi", "action"],
    ["organisasi", "organisation"], ["eksperimental", null], ["kualitas", "quality"], ["aktif", "active"],
    ["elektronik", "electronic"], ["skeptis", "skeptist"], ["rumah", null], ["Jakarta", null], ["asi", null],
  ])("%s → %s", (indonesian, english) => {
    expect(respellLoanword(indonesian)).toBe(english);
  });
});
