// Scores detected mentions against a hand-made gold list. Mentions are aligned in document
// order (longest common subsequence), so a changed sentence split does not shift the score;
// a hit needs the same surface, key and type.
import type { EntityMatch } from "./types";

export type GoldMention = { surface: string; key: string; type: string };

export type GoldScore = { truePositives: number; predicted: number; gold: number; precision: number; recall: number };

/** surface<TAB>key<TAB>type per line; "#" lines are comments naming the sentence. */
export function parseGold(tsv: string): GoldMention[] {
  return tsv
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [surface = "", key = "", type = ""] = line.split("\t");
      return { surface, key, type };
    });
}

const same = (a: GoldMention, b: GoldMention) => a.surface === b.surface && a.key === b.key && a.type === b.type;

export function scoreMentions(predicted: readonly EntityMatch[], gold: readonly GoldMention[]): GoldScore {
  const rows = predicted.length + 1;
  const cols = gold.length + 1;
  const table = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => table[i * cols + j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const p = predicted[i - 1];
      const g = gold[j - 1];
      const hit = p !== undefined && g !== undefined && same(p, g);
      table[i * cols + j] = hit ? at(i - 1, j - 1) + 1 : Math.max(at(i - 1, j), at(i, j - 1));
    }
  }
  const truePositives = at(rows - 1, cols - 1);
  return {
    truePositives,
    predicted: predicted.length,
    gold: gold.length,
    precision: predicted.length === 0 ? 1 : truePositives / predicted.length,
    recall: gold.length === 0 ? 1 : truePositives / gold.length,
  };
}

/** Missed gold mentions and spurious predictions, for a readable failure report. */
export function differences(predicted: readonly EntityMatch[], gold: readonly GoldMention[]): string[] {
  const remaining = [...gold];
  const spurious: string[] = [];
  for (const p of predicted) {
    const index = remaining.findIndex((g) => same(p, g));
    if (index >= 0) remaining.splice(index, 1);
    else spurious.push(`+ ${p.surface}\t${p.key}\t${p.type}`);
  }
  return [...remaining.map((g) => `- ${g.surface}\t${g.key}\t${g.type}`), ...spurious];
}
