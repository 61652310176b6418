// Precision and recall of entity spotting on hand-annotated gold: our own fixtures (always)
// and the shared sample corpus (skipped with a message when the folder is absent).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, corpusFiles, corpusMissingMessage } from "../../test/corpus";
import { normalizeText } from "../normalize";
import { splitSentences } from "../segment-sentences";
import { splitParagraphs } from "../split-paragraphs";
import { findEntities } from "./find-entities";
import { differences, parseGold, scoreMentions, type GoldScore } from "./gold-score";

const GOLD_DIR = path.join(__dirname, "gold");

function detect(text: string) {
  const sentences = splitParagraphs(normalizeText(text)).flatMap((paragraph) =>
    splitSentences(paragraph).map((sentence, i) => ({ text: sentence, paragraphStart: i === 0 })),
  );
  return findEntities(sentences).flat();
}

function evaluate(textPath: string, name: string): GoldScore {
  const gold = parseGold(fs.readFileSync(path.join(GOLD_DIR, `${name}.entities.tsv`), "utf8"));
  const predicted = detect(fs.readFileSync(textPath, "utf8"));
  const score = scoreMentions(predicted, gold);
  const diff = differences(predicted, gold);
  console.log(
    `${name}: precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} (${score.truePositives}/${score.predicted} predicted, ${score.gold} gold)` +
      (diff.length > 0 ? `\n  ${diff.join("\n  ")}` : ""),
  );
  return score;
}

function total(scores: readonly GoldScore[]): { precision: number; recall: number } {
  const tp = scores.reduce((sum, s) => sum + s.truePositives, 0);
  const predicted = scores.reduce((sum, s) => sum + s.predicted, 0);
  const gold = scores.reduce((sum, s) => sum + s.gold, 0);
  return { precision: tp / predicted, recall: tp / gold };
}

const FIXTURES = ["kunjungan-anwar", "rudal-korut", "timnas"];

describe("entity spotting against gold", () => {
  it("fixtures: recall >= 0.9, precision >= 0.85", () => {
    const scores = FIXTURES.map((name) => evaluate(path.join(GOLD_DIR, `${name}.txt`), name));
    const { precision, recall } = total(scores);
    console.log(`fixtures overall: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });

  const files = corpusFiles();
  it.skipIf(files.length === 0)(`corpus (${CORPUS_DIR}): recall >= 0.9, precision >= 0.85`, () => {
    const scores = files.map((file) => evaluate(file, path.basename(file, ".txt")));
    const { precision, recall } = total(scores);
    console.log(`corpus overall: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
  if (files.length === 0) it.skip(corpusMissingMessage, () => {});
});
