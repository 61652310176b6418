import { describe, expect, it } from "vitest";
import { MAX_SENTENCES } from "@/lib/limits";
import { prepareArticle, prepareArticleInSlices } from "./prepare-article";

/** One unique sentence per paragraph, so neither splitting nor de-duplication changes the count. */
function article(sentences: number): string {
  const body = Array.from({ length: sentences }, (_, i) => `Warga desa nomor ${i + 1} membangun jembatan baru.`);
  return ["Jembatan Baru di Desa", ...body].join("\n\n");
}

describe("the sentence limit counts the body, not the title", () => {
  it(`accepts exactly ${MAX_SENTENCES} sentences plus a title`, () => {
    const prepared = prepareArticle({ text: article(MAX_SENTENCES) });
    expect(prepared.segments.filter((s) => s.kind === "body")).toHaveLength(MAX_SENTENCES);
    expect(prepared.segments[0]).toMatchObject({ kind: "title", source: "Jembatan Baru di Desa" });
  });

  it(`refuses ${MAX_SENTENCES + 1} sentences`, () => {
    expect(() => prepareArticle({ text: article(MAX_SENTENCES + 1) })).toThrow(
      expect.objectContaining({ code: "too-many-sentences", message: `The article has ${MAX_SENTENCES + 1} sentences; the limit is ${MAX_SENTENCES}.` }),
    );
  });

  it("stops splitting once far past the limit", () => {
    expect(() => prepareArticle({ text: article(MAX_SENTENCES * 3) })).toThrow(
      expect.objectContaining({ code: "too-many-sentences", message: expect.stringContaining(`more than ${MAX_SENTENCES}`) }),
    );
  });
});

describe("prepareArticleInSlices", () => {
  it("gives the same result as prepareArticle", async () => {
    const text = article(3000);
    expect(await prepareArticleInSlices({ text })).toEqual(prepareArticle({ text }));
  });

  it("lets timers run while it works", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await prepareArticleInSlices({ text: article(MAX_SENTENCES) });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(1);
  });
});
