// Gold documents for bench:align: messages laid out as paragraphs of a few messages each, the
// same layout on both sides, each message one gold bead. The noisy variant drops 10% of the
// English sentences and merges 10% of adjacent one-sentence pairs into one English sentence.
import type { AlignedPair } from "../../lib/text/align/align-sentences";
import { splitEnglishSentences } from "../../lib/text/align/segment-english";
import { splitSentences } from "../../lib/text/segment-sentences";

type GoldBead = { id: string[]; en: string[]; paragraph: number };
export type GoldDocument = { source: string[][]; target: string[][]; gold: { source: number[]; target: number[] }[] };

function layout(beads: readonly GoldBead[]): GoldDocument {
  const source: string[][] = [];
  const target: string[][] = [];
  const gold: GoldDocument["gold"] = [];
  let i = 0, j = 0, last = -1;
  for (const bead of beads) {
    if (bead.paragraph !== last) { source.push([]); target.push([]); last = bead.paragraph; }
    source.at(-1)?.push(...bead.id);
    target.at(-1)?.push(...bead.en);
    gold.push({ source: bead.id.map((_, k) => i + k), target: bead.en.map((_, k) => j + k) });
    i += bead.id.length; j += bead.en.length;
  }
  return { source: source.filter((p) => p.length > 0), target: target.filter((p) => p.length > 0), gold };
}

const docs = new WeakMap<GoldDocument, GoldBead[]>();

export function buildGoldDocuments(units: readonly { id: string; en: string }[], perDocument: number, perParagraph: number): GoldDocument[] {
  const beads = units.map((u) => ({ id: splitSentences(u.id), en: splitEnglishSentences(u.en) })).filter((b) => b.id.length >= 1 && b.en.length >= 1 && b.id.length <= 2 && b.en.length <= 2);
  const documents: GoldDocument[] = [];
  for (let start = 0; start < beads.length; start += perDocument) {
    const slice = beads.slice(start, start + perDocument).map((b, k) => ({ ...b, paragraph: Math.floor(k / perParagraph) }));
    const doc = layout(slice);
    docs.set(doc, slice);
    documents.push(doc);
  }
  return documents;
}

/** Deterministic noise (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function noisyVariant(doc: GoldDocument, seed: number): GoldDocument {
  const next = random(seed);
  const beads = (docs.get(doc) ?? []).map((b) => ({ ...b, en: [...b.en], id: [...b.id] }));
  const merged: GoldBead[] = [];
  for (const bead of beads) {
    const previous = merged.at(-1);
    if (previous && previous.paragraph === bead.paragraph && previous.id.length === 1 && previous.en.length === 1 && bead.id.length === 1 && bead.en.length === 1 && next() < 0.1) {
      previous.id.push(...bead.id);
      previous.en = [`${previous.en[0]} ${bead.en[0]}`];
      continue;
    }
    merged.push(bead);
  }
  for (const bead of merged) bead.en = bead.en.filter(() => next() >= 0.1);
  return layout(merged);
}

/**
 * Scoring at the granularity the gold knows: a message. A predicted pair is correct when all
 * its sentences lie in one gold bead and it is one-sided only where that bead is; a gold bead is
 * recalled when the predicted pairs inside it cover it exactly and are all correct. So a
 * two-sentence message aligned as two 1-1 pairs counts, and a pair across two messages never does.
 */
export function scorePairs(pairs: readonly AlignedPair[], gold: GoldDocument["gold"]): { correct: number; recalled: number } {
  const sourceBead = new Map<number, number>();
  const targetBead = new Map<number, number>();
  gold.forEach((g, k) => { g.source.forEach((i) => sourceBead.set(i, k)); g.target.forEach((j) => targetBead.set(j, k)); });
  const wrongBeads = new Set<number>();
  let correct = 0;
  for (const pair of pairs) {
    const beads = new Set([...pair.source.map((i) => sourceBead.get(i)), ...pair.target.map((j) => targetBead.get(j))]);
    const [bead] = beads;
    const g = bead === undefined ? undefined : gold[bead];
    const ok = beads.size === 1 && g !== undefined && (pair.source.length > 0) === (g.source.length > 0) && (pair.target.length > 0) === (g.target.length > 0);
    if (ok) correct++;
    else for (const b of beads) if (b !== undefined) wrongBeads.add(b);
  }
  return { correct, recalled: gold.length - wrongBeads.size };
}
