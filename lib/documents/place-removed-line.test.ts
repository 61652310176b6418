import { describe, expect, it } from "vitest";
import { prepareArticle } from "@/lib/ingest/prepare-article";
import { layoutOf, placeOf, sentencesOfLine, type LinePlace } from "./place-removed-line";

type Case = { name: string; text: string; line: string; expected: LinePlace };

const cases: Case[] = [
  {
    name: "a line that was its own paragraph goes between the paragraphs around it",
    text: "Judul Berita Hari Ini\n\nSatu kalimat.\n\nBaca juga: Lain\n\nDua kalimat.",
    line: "Baca juga: Lain",
    expected: { kind: "new-paragraph", paragraphAt: 1, page: 2 },
  },
  {
    name: "a last line goes after every paragraph",
    text: "Judul Berita Hari Ini\n\nSatu kalimat.\n\nDua kalimat.\n\nScroll to Top",
    line: "Scroll to Top",
    expected: { kind: "new-paragraph", paragraphAt: 2, page: 3 },
  },
  {
    name: "a line inside a paragraph goes after the sentences of the lines above it",
    text: "Judul Berita Hari Ini\n\nSatu. Dua.\nBaca juga: Lain\nTiga.",
    line: "Baca juga: Lain",
    expected: { kind: "in-paragraph", paragraphIndex: 1, sentencesBefore: 2 },
  },
  {
    name: "the title line above it in the same paragraph is not counted",
    text: "Judul Berita Hari Ini\nSatu.\nBaca juga: Lain\nDua.\n\nTiga.",
    line: "Baca juga: Lain",
    expected: { kind: "in-paragraph", paragraphIndex: 1, sentencesBefore: 1 },
  },
  {
    name: "without a headline, the first sentence taken as the title is not counted",
    text: "Warga kota lama menyambut kereta baru itu dengan gembira. Dua.\nBaca juga: Lain\nTiga.\n\nEmpat.",
    line: "Baca juga: Lain",
    expected: { kind: "in-paragraph", paragraphIndex: 1, sentencesBefore: 1 },
  },
  {
    name: "a repeated paragraph goes back where the page repeated it",
    text: "Judul Berita Hari Ini\n\nSatu kalimat.\n\nDua kalimat.\n\nSatu kalimat.\n\nTiga kalimat.",
    line: "Satu kalimat.",
    expected: { kind: "new-paragraph", paragraphAt: 2, page: 3 },
  },
];

describe("placeOf", () => {
  it.each(cases)("$name", ({ text, line, expected }) => {
    const article = prepareArticle({ text });
    const title = article.segments[0]?.source ?? "";
    const layout = layoutOf(article.report, text, title);
    const entry = layout.removed.find((r) => r.line === line);
    expect(entry).toBeDefined();
    expect(placeOf(entry!, layout, text, title)).toEqual(expected);
  });

  it.each(cases)("gives the same place from a report without positions: $name", ({ text, line, expected }) => {
    const { report, segments } = prepareArticle({ text });
    const legacy = { ...report, origins: undefined, removed: report.removed.map(({ line: l, reason, rule }) => ({ line: l, reason, rule })) };
    const title = segments[0]?.source ?? "";
    const layout = layoutOf(legacy, text, title);
    expect(placeOf(layout.removed.find((r) => r.line === line)!, layout, text, title)).toEqual(expected);
  });
});

describe("layoutOf without recorded positions", () => {
  it("tells apart the places of a line the page repeats", () => {
    const text = "Judul Berita Hari Ini\n\nSatu kalimat.\n\nIklan\n\nDua kalimat.\n\nIklan\n\nTiga kalimat.";
    const { report } = prepareArticle({ text });
    const legacy = { ...report, origins: undefined, removed: report.removed.map(({ line, reason, rule }) => ({ line, reason, rule })) };
    expect(layoutOf(legacy, text, "Judul Berita Hari Ini").removed.map((r) => r.paragraph)).toEqual([2, 4]);
  });
});

describe("sentencesOfLine", () => {
  it.each([
    ["Baca juga: Harga naik", ["Baca juga: Harga naik"]],
    ["Satu kalimat.  Dua\tkalimat.", ["Satu kalimat.", "Dua kalimat."]],
  ])("%j → %j", (line, expected) => {
    expect(sentencesOfLine(line)).toEqual(expected);
  });
});
