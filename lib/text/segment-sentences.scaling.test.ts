// Sentence splitting must do work linear in the paragraph's length. Counted, not timed: the
// splitter reports every character it examines (ICU windows included), and eight times the
// text may cost at most about eight times the work. The quadratic splitter this replaced
// re-read the whole sentence so far at each rejected boundary and handed ICU the whole
// paragraph, so its count grew about 64-fold here.
import { describe, expect, it } from "vitest";
import { icuBoundaries } from "./icu-sentence-boundaries";
import { splitSentencesMetered } from "./segment-sentences";

const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const SHAPES: Record<string, string> = {
  "short news sentences": "Hujan turun di Jakarta. Jalan licin, kata Budi. “Kami siap,” ujar Dr. Ahmad. ",
  "one endless sentence of titles": "kata Dr. Budi dan Prof. Ahmad serta Jl. Merdeka No. 5 ",
  "initials and U.S. never ending": "Moon S. Mook dan Presiden U.S. Donald Trump bertemu ",
  "no space at all": "abc.Def?ghi!",
  "addresses": "Buka https://contoh.id/a?b=1. Kirim ke a@b.co.id. ",
  "open brackets and quotes": "(“Saya ragu… Mungkin. ",
  "punctuation only": "*** ” ",
};

function work(text: string): number {
  const meter = { steps: 0 };
  splitSentencesMetered(text, meter);
  return meter.steps;
}

describe("splitSentences does linear work", () => {
  it.each(Object.entries(SHAPES))("%s: 8× the text, at most ~8× the work", (_shape, unit) => {
    const small = work(repeat(unit, 20_000));
    const large = work(repeat(unit, 160_000));
    expect(large / small).toBeLessThan(9);
    expect(large / 160_000).toBeLessThan(20);
  });
});

describe("windowed ICU boundaries", () => {
  it("equal ICU's boundaries over the whole paragraph", () => {
    const text = repeat(SHAPES["short news sentences"] as string, 30_000);
    const whole = [...new Intl.Segmenter("id", { granularity: "sentence" }).segment(text)].map((s) => s.index).filter((i) => i > 0);
    expect(icuBoundaries(text)).toEqual(whole);
  });
});
