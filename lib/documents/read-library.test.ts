import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDocument } from "@/lib/test/segment-seed";
import { DEFAULT_LIBRARY_FILTER } from "./library-filter";
import { readLibrary } from "./read-library";

beforeAll(async () => {
  await db.document.deleteMany();
  for (let i = 0; i < 5; i++) await seedDocument([{ source: `Kalimat ${i}.`, paragraphIndex: 1 }], `Dokumen ${i}`);
});

describe("readLibrary", () => {
  it("pages the date order, and the pages together hold every document once", async () => {
    const first = await readLibrary(DEFAULT_LIBRARY_FILTER, null, 3);
    expect(first).toMatchObject({ paged: true, totalInLibrary: 5 });
    const second = await readLibrary(DEFAULT_LIBRARY_FILTER, first.next, 3);
    expect(second).toMatchObject({ paged: true, next: null });
    const ids = [...first.documents, ...second.documents].map((d) => d.id);
    expect(new Set(ids).size).toBe(5);
  });

  it("shows the first page for a cursor it did not give out", async () => {
    const stale = await readLibrary(DEFAULT_LIBRARY_FILTER, "not-a-cursor", 3);
    const first = await readLibrary(DEFAULT_LIBRARY_FILTER, null, 3);
    expect(stale.documents.map((d) => d.id)).toEqual(first.documents.map((d) => d.id));
  });

  it("lists everything, unpaged, by title", async () => {
    const byTitle = await readLibrary({ ...DEFAULT_LIBRARY_FILTER, sort: "title" }, null, 3);
    expect(byTitle).toMatchObject({ paged: false, next: null });
    expect(byTitle.documents.map((d) => d.title)).toEqual(["Dokumen 0", "Dokumen 1", "Dokumen 2", "Dokumen 3", "Dokumen 4"]);
  });
});
