import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedTranslated } from "@/lib/test/glossary-seed";
import { DEFAULT_LIBRARY_FILTER, type LibraryFilter } from "./library-filter";
import { listLibrary } from "./list-library";

const seeded = (async () => {
  const alpha = await seedTranslated("Alpha Berita\n\nKalimat pertama di sini.", {});
  const beta = await seedTranslated("Beta Berita\n\nKalimat kedua di sana.", {});
  const gamma = await seedTranslated("Gamma Berita\n\nKalimat ketiga di situ.", {});
  await db.document.update({ where: { id: alpha.id }, data: { sourceName: "Kompas" } });
  await db.document.update({ where: { id: beta.id }, data: { sourceName: "Antara", status: "failed" } });
  const body = beta.segments.find((s) => s.kind === "body");
  await db.segment.update({ where: { id: body!.id }, data: { status: "edited" } });
  return { alpha: alpha.id, beta: beta.id, gamma: gamma.id };
})();

describe("listLibrary", () => {
  it.each<[string, Partial<LibraryFilter>, (ids: Awaited<typeof seeded>) => string[]]>([
    ["everything, newest first", {}, (d) => [d.gamma, d.beta, d.alpha]],
    ["by status", { status: "failed" }, (d) => [d.beta]],
    ["by source", { source: "Kompas" }, (d) => [d.alpha]],
    ["with edits", { edits: "with" }, (d) => [d.beta]],
    ["without edits, by title", { edits: "without", sort: "title" }, (d) => [d.alpha, d.gamma]],
    ["an unknown source matches nothing", { source: "Tempo" }, () => []],
  ])("%s", async (_label, filter, expected) => {
    const ids = await seeded;
    const list = await listLibrary({ ...DEFAULT_LIBRARY_FILTER, ...filter });
    expect(list.documents.map((d) => d.id)).toEqual(expected(ids));
    expect(list.totalInLibrary).toBe(3);
    expect(list.sources).toEqual(["Antara", "Kompas"]);
  });

  it("counts edited and approved sentences per document", async () => {
    const { beta } = await seeded;
    const list = await listLibrary(DEFAULT_LIBRARY_FILTER);
    const document = list.documents.find((d) => d.id === beta);
    expect(document).toMatchObject({ edited: 1, approved: 0, progress: { translated: 2, total: 2 } });
  });
});
