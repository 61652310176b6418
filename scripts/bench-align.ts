// bench:align — pair precision/recall of the sentence aligner on the gold set in
// lib/test/align-gold (clean and noisy), and the time to align 10,000 pairs. The reference,
// measured in the same run, is the same search without anchors (Gale–Church length only).
// cpuMs (this process's user+system CPU time) is kept beside wall time because the machine may be shared.
import { readFileSync } from "node:fs";
import { alignSentences, type AlignOptions } from "../lib/text/align/align-sentences";
import { loadAlignDictionary } from "../lib/translation/load-align-dictionary";
import { buildGoldDocuments, noisyVariant, scorePairs, type GoldDocument } from "./align/gold-documents";

const rows = readFileSync("lib/test/align-gold/messages-id-en.tsv", "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
const units = rows.map(([, en = "", id = ""]) => ({ en, id }));

function evaluate(documents: readonly GoldDocument[], options: AlignOptions) {
  let tp = 0, recalledTotal = 0, predicted = 0, gold = 0;
  const started = performance.now();
  for (const doc of documents) {
    const pairs = alignSentences(doc.source, doc.target, dictionary, options);
    const score = scorePairs(pairs, doc.gold);
    tp += score.correct; recalledTotal += score.recalled; predicted += pairs.length; gold += doc.gold.length;
  }
  const ms = performance.now() - started;
  const precision = tp / predicted, recall = recalledTotal / gold;
  return { precision: round(precision), recall: round(recall), f1: round((2 * precision * recall) / (precision + recall)), goldPairs: gold, ms: Math.round(ms) };
}

function speed(options: AlignOptions, pairs: number) {
  const repeated = Array.from({ length: Math.ceil(pairs / units.length) }, () => units).flat().slice(0, pairs);
  const [doc] = buildGoldDocuments(repeated, pairs, 4);
  if (!doc) throw new Error("no document");
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = alignSentences(doc.source, doc.target, dictionary, options);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { pairs, ms: Math.round(ms), cpuMs: Math.round(cpuMs), recall: round(scorePairs(result, doc.gold).recalled / doc.gold.length) };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const dictionary = loadAlignDictionary();
const full: AlignOptions = {};
const lengthOnly: AlignOptions = { anchors: false };
const clean = buildGoldDocuments(units, 40, 4);
const noisy = clean.map((doc, k) => noisyVariant(doc, 1000 + k));
const flat = buildGoldDocuments(units, 40, 40);
console.log(JSON.stringify({
  gold: { source: "gettext catalogues (Debian, /usr/share/locale/id)", units: units.length, documents: clean.length },
  clean: { aligner: evaluate(clean, full), reference_length_only: evaluate(clean, lengthOnly) },
  noisy: { aligner: evaluate(noisy, full), reference_length_only: evaluate(noisy, lengthOnly) },
  noParagraphs: { aligner: evaluate(flat, full), reference_length_only: evaluate(flat, lengthOnly) },
  speed: { aligner: speed(full, 10_000), reference_length_only: speed(lengthOnly, 10_000) },
}, null, 2));
