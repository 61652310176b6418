// What the alignment search asks about the two texts, precomputed once: sentence lengths,
// paragraph starts, anchors, and the diagonal the lengths predict. Anchor matches between two
// sentences are cached, since every cell of the band asks about its neighbours too.
import { beadCostOf, type BeadFacts } from "./bead-score";

type Anchors = { keys: Set<string>; count: number };

export class AlignmentGrid {
  readonly n: number;
  readonly m: number;
  private readonly sourceLength: number[];
  private readonly targetLength: number[];
  private readonly sourceStarts: Uint8Array;
  private readonly targetStarts: Uint8Array;
  private readonly sourceAnchors: Anchors[];
  private readonly targetAnchors: string[][];
  private readonly ratio: number;
  private readonly centers: Int32Array;
  private readonly sourcePrefix: Int32Array;
  private readonly targetPrefix: Int32Array;
  private readonly sourceAnchorPrefix: Int32Array;
  private readonly targetAnchorPrefix: Int32Array;

  constructor(source: readonly (readonly string[])[], target: readonly (readonly string[])[], indonesian: (s: string) => Anchors, english: (s: string) => string[]) {
    const flatSource = source.flat();
    const flatTarget = target.flat();
    this.n = flatSource.length;
    this.m = flatTarget.length;
    this.sourceLength = flatSource.map((s) => s.length);
    this.targetLength = flatTarget.map((s) => s.length);
    this.sourceStarts = paragraphStarts(source, this.n);
    this.targetStarts = paragraphStarts(target, this.m);
    this.sourceAnchors = flatSource.map(indonesian);
    this.targetAnchors = flatTarget.map(english);
    const total = (lengths: number[]) => lengths.reduce((sum, l) => sum + l, 0);
    // English runs about as long as Indonesian; a text-wide ratio far from that says one side has
    // extra material (a caption, a note), not that every sentence grew, so it is held near 1.
    this.ratio = Math.max(0.8, Math.min(1.2, total(this.targetLength) / Math.max(1, total(this.sourceLength))));
    this.centers = diagonal(this.sourceLength, this.targetLength);
    this.sourcePrefix = prefix(this.sourceLength);
    this.targetPrefix = prefix(this.targetLength);
    this.sourceAnchorPrefix = prefix(this.sourceAnchors.map((x) => x.count));
    this.targetAnchorPrefix = prefix(this.targetAnchors.map((x) => x.length));
  }

  /** The English position the lengths predict after i Indonesian sentences. */
  center(i: number): number {
    return this.centers[i] as number;
  }

  /** Anchor matches for the cells near the band, -1 until asked; outside it, counted each time. */
  private matchCache = new Int16Array(0);
  private cacheBand = 0;

  /** Sizes the match cache for a search of the given half-width (2-sentence beads reach one cell past it). */
  useBand(band: number): void {
    this.cacheBand = band + 2;
    this.matchCache = new Int16Array((this.n + 1) * (2 * this.cacheBand + 1)).fill(-1);
  }

  private matched(i: number, j: number): number {
    const slot = j - (this.centers[i]! - this.cacheBand);
    const width = 2 * this.cacheBand + 1;
    const inBand = slot >= 0 && slot < width;
    if (inBand) {
      const cached = this.matchCache[i * width + slot]!;
      if (cached >= 0) return cached;
    }
    const keys = this.sourceAnchors[i]!.keys;
    let count = 0;
    for (const anchor of this.targetAnchors[j]!) if (keys.has(anchor)) count++;
    if (inBand) this.matchCache[i * width + slot] = count;
    return count;
  }

  /**
   * How well each sentence of the bead is covered by anchors from the other side, summed over its
   * sentences (0 for a sentence that matches nothing, so an unrelated sentence pulled into a bead
   * earns no more than it would alone). A 2-2 bead is read as two 1-1 halves: letting each
   * sentence match both counterparts would let merging two pairs collect anchors that belong to
   * neither, and make merges look better than they are.
   */
  coverage(i: number, j: number, a: number, b: number): number {
    if (a === 0 || b === 0) return 0;
    if (a === 2 && b === 2) return this.coverage(i, j, 1, 1) + this.coverage(i + 1, j + 1, 1, 1);
    let total = 0;
    for (let x = i; x < i + a; x++) {
      let matched = 0;
      for (let y = j; y < j + b; y++) matched += this.matched(x, y);
      const anchors = this.sourceAnchors[x]!.count;
      if (anchors > 0) total += Math.min(1, matched / anchors);
    }
    for (let y = j; y < j + b; y++) {
      let matched = 0;
      for (let x = i; x < i + a; x++) matched += this.matched(x, y);
      const anchors = this.targetAnchors[y]!.length;
      if (anchors > 0) total += Math.min(1, matched / anchors);
    }
    return total;
  }

  /** The facts of the bead taking a sentences from i and b from j. */
  facts(i: number, j: number, a: number, b: number): BeadFacts {
    const sourceLength = this.sourcePrefix[i + a]! - this.sourcePrefix[i]!;
    const targetLength = this.targetPrefix[j + b]! - this.targetPrefix[j]!;
    const sourceAnchors = this.sourceAnchorPrefix[i + a]! - this.sourceAnchorPrefix[i]!;
    const targetAnchors = this.targetAnchorPrefix[j + b]! - this.targetAnchorPrefix[j]!;
    const matched = this.coverage(i, j, a, b);
    const crossesParagraph = (a === 2 && this.sourceStarts[i + 1] === 1) || (b === 2 && this.targetStarts[j + 1] === 1);
    const paragraphDisagrees = a > 0 && b > 0 && this.sourceStarts[i] !== this.targetStarts[j];
    return { a, b, sourceLength, targetLength, ratio: this.ratio, matched, sourceAnchors, targetAnchors, crossesParagraph, paragraphDisagrees };
  }

  /** The cost of that bead, computed without allocating: the search's inner loop. */
  cost(i: number, j: number, a: number, b: number): number {
    const sourceLength = this.sourcePrefix[i + a]! - this.sourcePrefix[i]!;
    const targetLength = this.targetPrefix[j + b]! - this.targetPrefix[j]!;
    const coverage = this.coverage(i, j, a, b);
    const crosses = (a === 2 && this.sourceStarts[i + 1] === 1) || (b === 2 && this.targetStarts[j + 1] === 1);
    const disagrees = a > 0 && b > 0 && this.sourceStarts[i] !== this.targetStarts[j];
    return beadCostOf(a, b, sourceLength, targetLength, this.ratio, coverage, crosses, disagrees);
  }
}

const prefix = (values: readonly number[]): Int32Array => {
  const sums = new Int32Array(values.length + 1);
  values.forEach((v, k) => (sums[k + 1] = sums[k]! + v));
  return sums;
};

function paragraphStarts(paragraphs: readonly (readonly string[])[], count: number): Uint8Array {
  const starts = new Uint8Array(count + 1);
  let index = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.length > 0) starts[index] = 1;
    index += paragraph.length;
  }
  starts[count] = 1;
  return starts;
}

/** For each Indonesian prefix, the English prefix of the same share of the text's characters. */
function diagonal(sourceLength: readonly number[], targetLength: readonly number[]): Int32Array {
  const centers = new Int32Array(sourceLength.length + 1);
  const sourceTotal = Math.max(1, sourceLength.reduce((s, l) => s + l, 0));
  const targetTotal = Math.max(1, targetLength.reduce((s, l) => s + l, 0));
  let j = 0;
  let targetSoFar = 0;
  let sourceSoFar = 0;
  for (let i = 0; i <= sourceLength.length; i++) {
    const share = sourceSoFar / sourceTotal;
    while (j < targetLength.length && (targetSoFar + (targetLength[j] as number) / 2) / targetTotal < share) targetSoFar += targetLength[j++] as number;
    centers[i] = j;
    sourceSoFar += sourceLength[i] ?? 0;
  }
  return centers;
}
