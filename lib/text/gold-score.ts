// Scores sentence segmentation against hand-made gold files. Boundaries are compared as
// positions in the text with all whitespace removed, so spacing differences never count,
// and only boundaries inside paragraphs are scored (paragraph ends are given, not found).

export type GoldArticle = {
  title: string | null;
  dateline: string | null;
  sourceName: string | null;
  /** One array of sentences per paragraph. */
  paragraphs: string[][];
};

export type BoundaryScore = { precision: number; recall: number; expected: number; found: number; correct: number };

const META = /^#(title|dateline|source):\s?(.*)$/u;

/** Gold format: optional "#title: …", "#dateline: …", "#source: …" lines, then one sentence per line, a blank line between paragraphs. */
export function parseGold(text: string): GoldArticle {
  const gold: GoldArticle = { title: null, dateline: null, sourceName: null, paragraphs: [] };
  let current: string[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const meta = META.exec(line);
    if (meta) {
      const value = meta[2]?.trim() || null;
      if (meta[1] === "title") gold.title = value;
      else if (meta[1] === "dateline") gold.dateline = value;
      else gold.sourceName = value;
    } else if (line === "") {
      if (current.length > 0) gold.paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) gold.paragraphs.push(current);
  return gold;
}

const squeeze = (text: string): string => text.replace(/\s+/gu, "");

function innerBoundaries(paragraphs: readonly (readonly string[])[]): Set<number> {
  const boundaries = new Set<number>();
  let offset = 0;
  for (const sentences of paragraphs) {
    sentences.forEach((sentence, i) => {
      offset += squeeze(sentence).length;
      if (i < sentences.length - 1) boundaries.add(offset);
    });
  }
  return boundaries;
}

/** Precision and recall of `actual` boundaries; 1 when there is nothing to find or nothing found. */
export function scoreBoundaries(expected: readonly (readonly string[])[], actual: readonly (readonly string[])[]): BoundaryScore {
  const want = innerBoundaries(expected);
  const got = innerBoundaries(actual);
  const correct = [...got].filter((b) => want.has(b)).length;
  return {
    precision: got.size === 0 ? 1 : correct / got.size,
    recall: want.size === 0 ? 1 : correct / want.size,
    expected: want.size,
    found: got.size,
    correct,
  };
}

/** The paragraphs' text without whitespace: equal for gold and output when cleaning agrees. */
export function paragraphTexts(paragraphs: readonly (readonly string[])[]): string[] {
  return paragraphs.map((sentences) => squeeze(sentences.join("")));
}
