// prepareArticle: the sentence limit, the time slices, and titles (a headline, or the
// whole first sentence taken out of the body, never a shortened copy translated twice).
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

const lede = "Komentar Putin muncul hanya beberapa jam setelah Korea Utara untuk pertama kalinya secara resmi mengonfirmasi pengiriman pasukan ke Rusia.";

function sources(text: string, title?: string) {
  const article = prepareArticle({ text, title });
  return { title: article.title, segments: article.segments.map((s) => [s.kind, s.source]) };
}

describe("prepareArticle titles", () => {
  it("takes a short first line as the title", () => {
    expect(sources("Pujian Putin untuk Tentara Korea Utara\n\nPresiden Rusia berterima kasih. Warga menyambut.")).toEqual({
      title: "Pujian Putin untuk Tentara Korea Utara",
      segments: [["title", "Pujian Putin untuk Tentara Korea Utara"], ["body", "Presiden Rusia berterima kasih."], ["body", "Warga menyambut."]],
    });
  });

  it("without a headline, uses the whole first sentence once", () => {
    const { title, segments } = sources(`${lede} Warga menyambut baik.\n\nParagraf kedua di sini.`);
    expect(title).toBe(lede);
    expect(title).not.toContain("…");
    expect(segments).toEqual([["title", lede], ["body", "Warga menyambut baik."], ["body", "Paragraf kedua di sini."]]);
    expect(segments.filter(([, source]) => source === lede)).toHaveLength(1);
  });

  it("a one-sentence article keeps its sentence and has no separate title segment", () => {
    expect(sources(lede)).toEqual({ title: lede, segments: [["body", lede]] });
  });

  it("a typed title that repeats the first sentence is not translated twice", () => {
    const { segments } = sources(`${lede} Warga menyambut baik.`, lede);
    expect(segments).toEqual([["title", lede], ["body", "Warga menyambut baik."]]);
  });
});
