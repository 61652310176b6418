// The cost of one bead (a group of 0–2 Indonesian sentences matched with 0–2 English ones):
// how unlikely the bead kind is, how badly the lengths fit (Gale–Church), minus a bonus for the
// lexical anchors the two sides share, plus penalties for crossing or disagreeing about a
// paragraph break. Lower is better; the weights were tuned on the bench:align gold set.
import { lengthCost, lengthProbability } from "./gale-church";

export type Bead = readonly [number, number];
export const BEADS: readonly Bead[] = [[1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2]];

const PRIOR: Record<string, number> = { "1,1": 0.89, "1,0": 0.05, "0,1": 0.05, "1,2": 0.045, "2,1": 0.045, "2,2": 0.011 };
const PRIOR_COST = Object.fromEntries(Object.entries(PRIOR).map(([k, p]) => [k, -Math.log(p)])) as Record<string, number>;

const LEXICAL_WEIGHT = 6;
const SPLIT_PARAGRAPH = 4;
const PARAGRAPH_DISAGREES = 1.5;

export type BeadFacts = {
  a: number; b: number;
  sourceLength: number; targetLength: number; ratio: number;
  /** Summed per-sentence anchor coverage (see AlignmentGrid.coverage), and anchorable tokens on each side. */
  matched: number; sourceAnchors: number; targetAnchors: number;
  /** The bead joins sentences from two paragraphs on either side. */
  crossesParagraph: boolean;
  /** Exactly one non-empty side starts a paragraph here. */
  paragraphDisagrees: boolean;
};

/** Mean anchor coverage of the bead's sentences, 0–1. */
export function similarity(f: BeadFacts): number {
  return f.a + f.b === 0 ? 0 : f.matched / (f.a + f.b);
}

export function beadCost(f: BeadFacts): number {
  return beadCostOf(f.a, f.b, f.sourceLength, f.targetLength, f.ratio, f.matched, f.crossesParagraph, f.paragraphDisagrees);
}

const PRIOR_BY_SHAPE = new Float64Array(9).fill(20);
for (const [key, cost] of Object.entries(PRIOR_COST)) {
  const [a = 0, b = 0] = key.split(",").map(Number);
  PRIOR_BY_SHAPE[a * 3 + b] = cost;
}

/** beadCost without building a BeadFacts: the search calls it for every cell of the band. */
export function beadCostOf(a: number, b: number, sourceLength: number, targetLength: number, ratio: number, coverage: number, crosses: boolean, disagrees: boolean): number {
  let cost = PRIOR_BY_SHAPE[a * 3 + b] as number;
  if (a > 0 && b > 0) {
    cost += lengthCost(sourceLength, targetLength, ratio);
    cost -= (LEXICAL_WEIGHT / 2) * coverage;
    if (disagrees) cost += PARAGRAPH_DISAGREES;
  }
  if (crosses) cost += SPLIT_PARAGRAPH;
  return cost;
}

/** 0–1: how sure the pair is right. One-sided pairs are 0: nothing on the other side vouches for them. */
export function beadConfidence(f: BeadFacts): number {
  if (f.a === 0 || f.b === 0) return 0;
  const length = Math.sqrt(lengthProbability(f.sourceLength, f.targetLength, f.ratio));
  const lexical = Math.min(1, 1.5 * similarity(f));
  const kind = f.a === 1 && f.b === 1 ? 1 : 0.85;
  return Math.round(kind * (0.5 * length + 0.5 * lexical) * 1000) / 1000;
}
