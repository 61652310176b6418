// Entity spotting and sentence splitting scored against gold annotated independently
// (lib/text/gold-independent: a second annotator who never saw the detector or its
// output). The tuned gold in ./gold and ../gold can flatter the rules they were made
// beside; this set keeps the scores honest.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusFiles, corpusMissingMessage } from "../../test/corpus";
import { normalizeText } from "../normalize";
import { cleanArticle } from "../clean-article";
import { splitSentences } from "../segment-sentences";
import { findEntities } from "./find-entities";
import { entityKey } from "./entity-key";
import { scoreMentions, type GoldMention, type GoldScore } from "./gold-score";

const GOLD_DIR = path.resolve(__dirname, "../gold-independent");

function cleanedParagraphs(file: string): string[] {
  const cleaned = cleanArticle(normalizeText(fs.readFileSync(file, "utf8")));
  return [...(cleaned.title ? [cleaned.title] : []), ...cleaned.paragraphs];
}

function goldMentions(name: string): GoldMention[] {
  return fs
    .readFileSync(path.join(GOLD_DIR, `${name}.entities.tsv`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [surface = "", canonical = "", type = ""] = line.split("\t");
      return { surface, key: entityKey(canonical), type };
    });
}

function sentenceBoundaries(paragraphs: readonly (readonly string[])[]): Set<string> {
  const ends = new Set<string>();
  let offset = 0;
  for (const sentences of paragraphs) {
    for (const s of sentences) {
      offset += s.replace(/\s+/g, "").length;
      ends.add(String(offset));
    }
  }
  return ends;
}

function sum(scores: readonly GoldScore[]) {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  return { precision: tp / scores.reduce((n, s) => n + s.predicted, 0), recall: tp / scores.reduce((n, s) => n + s.gold, 0) };
}

const files = corpusFiles();

describe.skipIf(files.length === 0)("against the independent gold", () => {
  it("entities: recall >= 0.9, precision >= 0.85 (same surface, linked key and type)", () => {
    const scores = files.map((file) => {
      const name = path.basename(file, ".txt");
      const sentences = cleanedParagraphs(file).flatMap((p) => splitSentences(p).map((text, i) => ({ text, paragraphStart: i === 0 })));
      const score = scoreMentions(findEntities(sentences).flat(), goldMentions(name));
      console.log(`${name}: entity precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}`);
      return score;
    });
    const { precision, recall } = sum(scores);
    console.log(`independent gold, entities overall: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });

  it("sentences: boundary precision and recall >= 0.99", () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const file of files) {
      const name = path.basename(file, ".txt");
      const ours = sentenceBoundaries(cleanedParagraphs(file).map((p) => splitSentences(p)));
      const theirs = sentenceBoundaries(
        fs.readFileSync(path.join(GOLD_DIR, `${name}.sentences.txt`), "utf8").split(/\n\s*\n/).map((p) => p.split("\n").filter((l) => l.trim())),
      );
      const hits = [...ours].filter((b) => theirs.has(b)).length;
      console.log(`${name}: sentence boundaries ${hits}/${ours.size} predicted, ${theirs.size} gold`);
      tp += hits;
      predicted += ours.size;
      gold += theirs.size;
    }
    console.log(`independent gold, sentences: precision ${(tp / predicted).toFixed(3)} recall ${(tp / gold).toFixed(3)}`);
    expect(tp / predicted).toBeGreaterThanOrEqual(0.99);
    expect(tp / gold).toBeGreaterThanOrEqual(0.99);
  });
});

if (files.length === 0) console.warn(corpusMissingMessage);
