// ICU's sentence boundaries, found window by window. V8's Intl.Segmenter takes time
// quadratic in the length of the text it is given (a 200 KB paragraph of short sentences
// took 7.7 s), so a long paragraph is fed to it in windows of a few kilobytes. ICU decides a
// boundary from a few characters around it, so each window keeps only the boundaries that
// have at least CONTEXT characters of text after them, and the next window starts at the
// last boundary kept: the result is the same as one pass over the whole paragraph.

export type WorkMeter = { steps: number };

const WINDOW = 4096;
const CONTEXT = 512;
/** How far past a window's end to look for a safe cut when a window holds no boundary. */
const CUT_SEARCH = 256;

let segmenter: Intl.Segmenter | null = null;

/** A whitespace after a letter or digit: no sentence can end there, so a window may start there. */
function safeCut(paragraph: string, from: number, meter: WorkMeter): number {
  const limit = Math.min(paragraph.length, from + CUT_SEARCH);
  for (let i = from; i < limit; i++) {
    meter.steps++;
    if (/\s/u.test(paragraph[i] ?? "") && /[\p{L}\p{N}]/u.test(paragraph[i - 1] ?? "")) return i;
  }
  return from;
}

/** Offsets (>0, <length) where ICU starts a new sentence. */
export function icuBoundaries(paragraph: string, meter: WorkMeter = { steps: 0 }): number[] {
  segmenter ??= new Intl.Segmenter("id", { granularity: "sentence" });
  const boundaries: number[] = [];
  let start = 0;
  while (start < paragraph.length) {
    const end = Math.min(paragraph.length, start + WINDOW + CONTEXT);
    const isLast = end === paragraph.length;
    const text = paragraph.slice(start, end);
    meter.steps += text.length;
    let lastKept = -1;
    for (const { index } of segmenter.segment(text)) {
      if (index === 0) continue;
      if (!isLast && index > WINDOW) break;
      boundaries.push(start + index);
      lastKept = start + index;
    }
    if (isLast) break;
    start = lastKept > start ? lastKept : Math.max(start + 1, safeCut(paragraph, start + WINDOW, meter));
  }
  return boundaries;
}
