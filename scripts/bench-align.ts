// bench:align — pair precision/recall of the sentence aligner on the gold set in
// lib/test/align-gold (clean and noisy), and the time to align 10,000 pairs. The reference,
// measured in the same run, is the same search with an empty dictionary (length only).
import { readFileSync } from "node:fs";
import { alignSentences } from "../lib/text/align/align-sentences";
import type { AlignDictionary } from "../lib/text/align/anchors";
import { loadAlignDictionary } from "../lib/translation/load-align-dictionary";
import { buildGoldDocuments, noisyVariant, scorePairs, type GoldDocument } from "./align/gold-documents";

const rows = readFileSync("lib/test/align-gold/messages-id-en.tsv", "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
const units = rows.map(([, en = "", id = ""]) => ({ en, id }));

function evaluate(documents: readonly GoldDocument[], dictionary: AlignDictionary) {
  let tp = 0, recalledTotal = 0, predicted = 0, gold = 0;
  const started = performance.now();
  for (const doc of documents) {
    const pairs = alignSentences(doc.source, doc.target, dictionary);
    const score = scorePairs(pairs, doc.gold);
    tp += score.correct; recalledTotal += score.recalled; predicted += pairs.length; gold += doc.gold.length;
  }
  const ms = performance.now() - started;
  const precision = tp / predicted, recall = recalledTotal / gold;
  return { precision: round(precision), recall: round(recall), f1: round((2 * precision * recall) / (precision + recall)), goldPairs: gold, ms: Math.round(ms) };
}

function speed(dictionary: AlignDictionary, pairs: number) {
  const repeated = Array.from({ length: Math.ceil(pairs / units.length) }, () => units).flat().slice(0, pairs);
  const [doc] = buildGoldDocuments(repeated, pairs, 4);
  if (!doc) throw new Error("no document");
  const started = performance.now();
  const result = alignSentences(doc.source, doc.target, dictionary);
  const ms = performance.now() - started;
  return { pairs, ms: Math.round(ms), recall: round(scorePairs(result, doc.gold).recalled / doc.gold.length) };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const dictionary = loadAlignDictionary();
const empty: AlignDictionary = new Map();
const clean = buildGoldDocuments(units, 40, 4);
const noisy = clean.map((doc, k) => noisyVariant(doc, 1000 + k));
const flat = buildGoldDocuments(units, 40, 40);
console.log(JSON.stringify({
  gold: { source: "gettext catalogues (Debian, /usr/share/locale/id)", units: units.length, documents: clean.length },
  clean: { aligner: evaluate(clean, dictionary), reference_length_only: evaluate(clean, empty) },
  noisy: { aligner: evaluate(noisy, dictionary), reference_length_only: evaluate(noisy, empty) },
  noParagraphs: { aligner: evaluate(flat, dictionary), reference_length_only: evaluate(flat, empty) },
  speed: { aligner: speed(dictionary, 10_000), reference_length_only: speed(empty, 10_000) },
}, null, 2));
