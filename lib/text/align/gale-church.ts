// Gale & Church (1993): the length of a translation in characters is roughly proportional to
// the length of its source, with a variance that grows with the length. A bead's length cost is
// −log P(|δ|) for the normalised difference δ of its two lengths.

/** Variance of the English length per Indonesian character (Gale & Church's s² ≈ 6.8 for European pairs). */
const VARIANCE = 6.8;

/** Two-sided tail probability of a standard normal, by the Abramowitz–Stegun erfc approximation. */
function twoSidedTail(z: number): number {
  const t = 1 / (1 + 0.3275911 * z / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-(z * z) / 2);
}

/** P(|δ| this large) for source length a and target length b, given the text-wide ratio b/a. */
export function lengthProbability(a: number, b: number, ratio: number): number {
  if (a === 0 && b === 0) return 1;
  const mean = (a + b / ratio) / 2;
  const delta = (b - a * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE);
  return Math.max(1e-12, twoSidedTail(Math.abs(delta)));
}

/** The length cost of a bead, in nats. */
export const lengthCost = (a: number, b: number, ratio: number): number => -Math.log(lengthProbability(a, b, ratio));
