// Runs clean + split on every gold source (project fixtures and, when present, the shared
// corpus) and scores sentence boundaries against the hand-checked gold files. Prints
// precision/recall next to the raw ICU segmenter's, so the value of each rule is visible.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";
import { paragraphTexts, parseGold, scoreBoundaries, type BoundaryScore } from "./gold-score";
import { normalizeText } from "./normalize";
import { splitSentences } from "./segment-sentences";

const here = path.dirname(fileURLToPath(import.meta.url));
const goldDir = path.join(here, "gold");
const fixtureDir = path.join(here, "fixtures");
const corpusDir = path.resolve(here, "../..", "../shared/corpus");
const hasCorpus = fs.existsSync(corpusDir);

const goldNames = fs.readdirSync(goldDir).filter((f) => f.endsWith(".sentences.txt")).map((f) => f.replace(/\.sentences\.txt$/, ""));
const fixtureNames = goldNames.filter((name) => fs.existsSync(path.join(fixtureDir, `${name}.txt`)));
const corpusNames = goldNames.filter((name) => !fixtureNames.includes(name));

const icu = new Intl.Segmenter("id", { granularity: "sentence" });
const icuSplit = (p: string): string[] => [...icu.segment(p)].map((s) => s.segment.trim()).filter(Boolean);

const rows: { name: string; ours: BoundaryScore; icu: BoundaryScore }[] = [];

function checkSource(name: string, sourcePath: string): void {
  const gold = parseGold(fs.readFileSync(path.join(goldDir, `${name}.sentences.txt`), "utf8"));
  const cleaned = cleanArticle(normalizeText(fs.readFileSync(sourcePath, "utf8")));
  expect({ title: cleaned.title, dateline: cleaned.dateline, sourceName: cleaned.sourceName }).toEqual({
    title: gold.title,
    dateline: gold.dateline,
    sourceName: gold.sourceName,
  });
  // Same paragraphs as the gold, or the boundary scores below would compare different texts.
  expect(paragraphTexts(cleaned.paragraphs.map((p) => [p]))).toEqual(paragraphTexts(gold.paragraphs));
  const ours = scoreBoundaries(gold.paragraphs, cleaned.paragraphs.map(splitSentences));
  rows.push({ name, ours, icu: scoreBoundaries(gold.paragraphs, cleaned.paragraphs.map(icuSplit)) });
  expect(ours.precision).toBeGreaterThanOrEqual(0.99);
  expect(ours.recall).toBeGreaterThanOrEqual(0.99);
}

describe("gold sentence boundaries: project fixtures", () => {
  it.each(fixtureNames)("%s", (name) => checkSource(name, path.join(fixtureDir, `${name}.txt`)));
});

describe.skipIf(!hasCorpus)(`gold sentence boundaries: shared corpus${hasCorpus ? "" : " (skipped: ../shared/corpus not found)"}`, () => {
  it.each(corpusNames)("%s", (name) => checkSource(name, path.join(corpusDir, `${name}.txt`)));

  // Annotation made by someone who never saw this code; it keeps titles as a first paragraph.
  const independentDir = path.join(here, "gold-independent");
  const independent = corpusNames.filter((name) => fs.existsSync(path.join(independentDir, `${name}.sentences.txt`)));
  it.each(independent)("%s agrees with the independent gold", (name) => {
    const gold = parseGold(fs.readFileSync(path.join(independentDir, `${name}.sentences.txt`), "utf8"));
    const cleaned = cleanArticle(normalizeText(fs.readFileSync(path.join(corpusDir, `${name}.txt`), "utf8")));
    const actual = [...(cleaned.title ? [[cleaned.title]] : []), ...cleaned.paragraphs.map(splitSentences)];
    expect(paragraphTexts(actual)).toEqual(paragraphTexts(gold.paragraphs));
    const ours = scoreBoundaries(gold.paragraphs, actual);
    const base = [...(cleaned.title ? [[cleaned.title]] : []), ...cleaned.paragraphs.map(icuSplit)];
    rows.push({ name: `${name} (independent)`, ours, icu: scoreBoundaries(gold.paragraphs, base) });
    expect(ours.precision).toBeGreaterThanOrEqual(0.99);
    expect(ours.recall).toBeGreaterThanOrEqual(0.99);
  });

  it("leaves no site chrome or repeated paragraph in the corpus", () => {
    for (const file of fs.readdirSync(corpusDir).filter((f) => f.endsWith(".txt"))) {
      const cleaned = cleanArticle(normalizeText(fs.readFileSync(path.join(corpusDir, file), "utf8")));
      const text = cleaned.paragraphs.join("\n");
      expect(text).not.toMatch(/Scroll to Top|Sektor:|distribusi siaran pers|Artikel ini disediakan/u);
      expect(new Set(cleaned.paragraphs).size).toBe(cleaned.paragraphs.length);
    }
  });
});

if (!hasCorpus) console.warn(`[gold] ${corpusDir} not found: corpus gold checks skipped (fixtures still run).`);

afterAll(() => {
  const line = (name: string, ours: BoundaryScore, base: BoundaryScore) =>
    `${name.padEnd(36)} P=${ours.precision.toFixed(3)} R=${ours.recall.toFixed(3)} (${ours.correct}/${ours.expected})   ICU alone P=${base.precision.toFixed(3)} R=${base.recall.toFixed(3)}`;
  const report = rows.map((r) => line(r.name, r.ours, r.icu));
  const own = rows.filter((r) => !r.name.endsWith("(independent)"));
  report.push(line("ALL (own gold)", scoreTotals(own.map((r) => r.ours)), scoreTotals(own.map((r) => r.icu))));
  console.log(`[gold] sentence boundary precision/recall\n${report.join("\n")}`);
});

function scoreTotals(scores: readonly BoundaryScore[]): BoundaryScore {
  const sum = (key: "expected" | "found" | "correct") => scores.reduce((n, s) => n + s[key], 0);
  const [expected, found, correct] = [sum("expected"), sum("found"), sum("correct")];
  return { expected, found, correct, precision: found ? correct / found : 1, recall: expected ? correct / expected : 1 };
}
