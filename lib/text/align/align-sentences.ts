// Sentence alignment of an Indonesian text and its English translation, by dynamic programming
// over beads (see bead-score.ts), in the spirit of Gale & Church and hunalign: a path through
// the grid of (Indonesian, English) sentence positions. The grid is searched in a band around
// the diagonal the texts' lengths predict; a best path that touches the band's edge means the
// band was too narrow, and the search is redone wider, so the band costs speed, never accuracy
// that a wider search would have found. Every sentence ends up in exactly one pair, in order.
import { type AlignDictionary, englishAnchors, indonesianAnchors } from "./anchors";
import { BEADS, beadConfidence, type BeadFacts } from "./bead-score";
import { AlignmentGrid } from "./alignment-grid";

export type AlignedPair = {
  /** Indices into the flattened Indonesian sentences; empty for an English-only pair. */
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly confidence: number;
};

const MIN_BAND = 24;

/** Aligns paragraphs of sentences; indices in the result count sentences across paragraphs. */
export type AlignOptions = {
  /** false: length and paragraphs only (Gale–Church alone), the benchmark's reference. */
  readonly anchors?: boolean;
};

const NO_ANCHORS = { keys: new Set<string>(), count: 0 };

export function alignSentences(source: readonly (readonly string[])[], target: readonly (readonly string[])[], dictionary: AlignDictionary, options: AlignOptions = {}): AlignedPair[] {
  const useAnchors = options.anchors ?? true;
  const grid = new AlignmentGrid(source, target, (s) => (useAnchors ? indonesianAnchors(s, dictionary) : NO_ANCHORS), (s) => (useAnchors ? englishAnchors(s) : []));
  const { n, m } = grid;
  if (n === 0 || m === 0) return [...Array.from({ length: n }, (_, i) => one([i], [])), ...Array.from({ length: m }, (_, j) => one([], [j]))];
  let band = Math.max(MIN_BAND, Math.ceil(Math.abs(n - m) * 1.5));
  for (;;) {
    const result = search(grid, band);
    if (result.pairs) return result.pairs;
    band *= 2;
  }
}

const one = (source: number[], target: number[]): AlignedPair => ({ source, target, confidence: 0 });

function search(grid: AlignmentGrid, band: number): { pairs: AlignedPair[] | null } {
  const { n, m } = grid;
  grid.useBand(band);
  const width = 2 * band + 1;
  const shapeA = BEADS.map((bead) => bead[0]);
  const shapeB = BEADS.map((bead) => bead[1]);
  const centers = Int32Array.from({ length: n + 1 }, (_, i) => grid.center(i));
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  const low = (i: number) => centers[i]! - band;
  cost[0 * width + (0 - low(0))] = 0;
  for (let i = 0; i <= n; i++) {
    const from = Math.max(0, low(i));
    const to = Math.min(m, low(i) + width - 1);
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestBead = 0;
      for (let k = 0; k < shapeA.length; k++) {
        const a = shapeA[k]!;
        const b = shapeB[k]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0) continue;
        const slot = pj - low(pi);
        if (slot < 0 || slot >= width) continue;
        const before = cost[pi * width + slot] as number;
        if (before === Infinity) continue;
        const total = before + grid.cost(pi, pj, a, b);
        if (total < best) { best = total; bestBead = k; }
      }
      cost[i * width + (j - low(i))] = best;
      back[i * width + (j - low(i))] = bestBead;
    }
  }
  if (m - low(n) < 0 || m - low(n) >= width || cost[n * width + (m - low(n))] === Infinity) return { pairs: null };
  return { pairs: tracePath(grid, back, width, low, band) };
}

function tracePath(grid: AlignmentGrid, back: Uint8Array, width: number, low: (i: number) => number, band: number): AlignedPair[] | null {
  const pairs: AlignedPair[] = [];
  let i = grid.n;
  let j = grid.m;
  while (i > 0 || j > 0) {
    const slot = j - low(i);
    // Near the band's edge (and not pinned there by the grid's own edge): the true path may lie outside.
    if ((slot <= 1 && j > 1) || (slot >= width - 2 && j < grid.m - 1)) if (band < Math.max(grid.n, grid.m)) return null;
    const [a, b] = BEADS[back[i * width + slot] as number] as readonly [number, number];
    const facts: BeadFacts = grid.facts(i - a, j - b, a, b);
    pairs.push({ source: range(i - a, a), target: range(j - b, b), confidence: beadConfidence(facts) });
    i -= a;
    j -= b;
  }
  return pairs.reverse();
}

const range = (start: number, count: number): number[] => Array.from({ length: count }, (_, k) => start + k);
