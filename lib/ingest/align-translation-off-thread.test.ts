// The worker-thread path of alignment: the same pairs as on the request thread, refusals
// keep their code and details across the thread, and a pair over the time budget is a
// clear 422.
import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare-article";
import { alignTranslation } from "./prepare-translation";
import { alignTranslationOffThread } from "./align-translation-off-thread";

const ID = "Banjir Rendam Demak\n\nBanjir merendam ratusan rumah warga di Demak sejak Senin. Hujan masih turun hingga hari ini.\n\nPemerintah mengirim bantuan.";
const EN = "Floods Hit Demak\n\nFloods have submerged hundreds of homes in Demak since Monday. Rain is still falling today.\n\nThe government sent aid.";

const job = (indonesianText: string, english: string) => ({ article: prepareArticle({ text: indonesianText }), indonesianText, translation: { text: english } });

describe("alignTranslationOffThread", () => {
  it.each([
    ["on the request thread (small pair)", 1_000_000],
    ["in a worker thread", 0],
  ])("aligns the same pairs %s", async (_label, offThreadChars) => {
    const aligned = await alignTranslationOffThread(job(ID, EN), { offThreadChars });
    expect(aligned).toEqual(alignTranslation(prepareArticle({ text: ID }), ID, { text: EN }));
    expect(aligned.segments.map((s) => s.target)).toEqual([
      "Floods Hit Demak",
      "Floods have submerged hundreds of homes in Demak since Monday.",
      "Rain is still falling today.",
      "The government sent aid.",
    ]);
  });

  it("keeps a refusal's code and details across the thread", async () => {
    await expect(alignTranslationOffThread(job(ID, ID), { offThreadChars: 0 })).rejects.toMatchObject({
      code: "invalid-input",
      details: { problem: expect.any(String) },
    });
  });

  it("answers too-complex when the worker runs past its budget", async () => {
    await expect(alignTranslationOffThread(job(ID, EN), { offThreadChars: 0, budgetMs: 1 })).rejects.toMatchObject({
      code: "too-complex",
      message: expect.stringContaining("split the article and its translation"),
    });
  });
});
