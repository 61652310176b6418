// The worker-thread path of text preparation: same result as on the request thread,
// expected failures keep their code, and a text over the time budget is a clear 422.
import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare-article";
import { prepareArticleOffThread } from "./prepare-article-off-thread";

const ARTICLE = "Harga Cabai Naik\n\nHarga cabai di pasar naik tajam. Pedagang mengeluh.\n\nPemerintah berjanji turun tangan.";

describe("prepareArticleOffThread", () => {
  it.each([
    ["on the request thread (small text)", 1_000_000],
    ["in a worker thread", 0],
  ])("prepares the same article %s", async (_label, offThreadChars) => {
    const prepared = await prepareArticleOffThread({ text: ARTICLE, keepLines: [] }, { offThreadChars });
    expect(prepared).toEqual(prepareArticle({ text: ARTICLE, keepLines: [] }));
  });

  it("keeps an expected failure's code across the thread", async () => {
    await expect(prepareArticleOffThread({ text: "   \n  " }, { offThreadChars: 0 })).rejects.toMatchObject({ code: "empty-input" });
  });

  it("answers too-complex when the worker runs past its budget", async () => {
    const text = "Harga cabai di pasar naik tajam. ".repeat(60_000);
    await expect(prepareArticleOffThread({ text }, { offThreadChars: 0, budgetMs: 1 })).rejects.toMatchObject({
      code: "too-complex",
      message: expect.stringContaining("split it into smaller articles"),
    });
  });
});
