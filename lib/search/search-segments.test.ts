import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDocument } from "@/lib/test/segment-seed";
import { describeEachProvider } from "@/lib/test/providers";
import { plainText } from "./highlight-parts";
import { rebuildSearchIndex } from "./rebuild-search-index";
import { searchSegments } from "./search-segments";

const FLOOD = "Banjir melanda Kota Bandung pada hari Senin.";
const CAFE = "Kafe baru di Sémarang ramai dikunjungi.";
const OTHER = "Harga beras naik lagi di pasar Bandung.";
const KIDS = "Anak-anak membaca www.kompas.com\tsambil makan 🎉 di Jakarta Utara.";

async function seed() {
  const first = await seedDocument(
    [
      { source: FLOOD, target: "Floods hit the city of Bandung on Monday." },
      { source: CAFE, target: "A new café in Semarang is crowded with visitors." },
    ],
    "Kabar Pertama",
  );
  const second = await seedDocument([{ source: OTHER, target: "Rice prices rose again at the Bandung market." }], "Kabar Kedua");
  await seedDocument([{ source: KIDS, target: "Children read kompas.com while eating in North Jakarta." }], "Kabar Ketiga");
  return { first, second };
}
let seeded: ReturnType<typeof seed>;

async function hitsFor(query: string) {
  const result = await searchSegments(query);
  if (!result.ok) throw new Error(result.code);
  return result;
}

describeEachProvider("searchSegments", () => {
  beforeAll(() => {
    seeded = seed();
    return seeded.then(() => undefined);
  });

  it.each([
    ["an Indonesian word", "banjir", [FLOOD]],
    ["an English word", "floods", [FLOOD]],
    ["a prefix of the last word", "dikunj", [CAFE]],
    ["two words, both required", "bandung beras", [OTHER]],
    ["diacritics folded in the text", "semarang", [CAFE]],
    ["diacritics folded in the query", "cafè", [CAFE]],
    ["FTS5 syntax as plain words", 'banjir" OR "beras', []],
    ["a column filter as a plain word", "target:floods", []],
    ["an operator word as a plain word", "banjir or", []],
    ["a leading minus as a plain character", "-banjir", [FLOOD]],
    ["tsquery syntax as plain characters", "banjir & !bandung:*", [FLOOD]],
    ["a hyphenated word", "anak-anak", [KIDS]],
    ["a part of a host name", "kompas", [KIDS]],
    ["a phrase with a prefix", "jakarta ut", [KIDS]],
  ])("finds %s", async (_label, query, expected) => {
    const result = await hitsFor(query);
    const sources = result.groups.flatMap((g) => g.hits.map((h) => plainText(h.source)));
    expect(sources.sort()).toEqual([...expected].sort());
  });

  it("groups by document and highlights matches on both sides", async () => {
    const result = await hitsFor("bandung");
    expect(result.groups).toHaveLength(2);
    expect(result.total).toBe(2);
    const hit = result.groups.flatMap((g) => g.hits).find((h) => plainText(h.source) === FLOOD);
    expect(hit?.source.filter((p) => p.match).map((p) => p.text)).toEqual(["Bandung"]);
    expect(hit?.target?.filter((p) => p.match).map((p) => p.text)).toEqual(["Bandung"]);
  });

  it("gives each sentence back whole (tabs, emoji and all) with only the matched words marked", async () => {
    const [hit] = (await hitsFor("jakarta")).groups.flatMap((g) => g.hits);
    expect(hit && plainText(hit.source)).toBe(KIDS);
    expect(hit?.source.filter((p) => p.match).map((p) => p.text)).toEqual(["Jakarta"]);
    expect(hit?.target?.filter((p) => p.match).map((p) => p.text)).toEqual(["Jakarta"]);
  });

  it("answers empty and overlong queries with a code, not an error", async () => {
    expect(await searchSegments("  ")).toMatchObject({ ok: false, code: "empty-query" });
    expect(await searchSegments("x".repeat(500))).toMatchObject({ ok: false, code: "query-too-long" });
  });

  it("follows edits and deletions through the triggers, and survives a rebuild", async () => {
    const { first, second } = await seeded;
    const flood = first.ids[0];
    await db.segment.update({ where: { id: flood }, data: { target: "Heavy flooding struck Bandung city on Monday." } });
    expect((await hitsFor("heavy")).total).toBe(1);
    expect((await hitsFor("floods")).total).toBe(0);
    // Moving a sentence does not touch its text or its index entry.
    await db.segment.update({ where: { id: flood }, data: { paragraphIndex: 7 } });
    expect((await hitsFor("heavy")).total).toBe(1);
    await db.document.delete({ where: { id: second.documentId } });
    expect((await hitsFor("beras")).total).toBe(0);
    await rebuildSearchIndex();
    expect((await hitsFor("heavy")).total).toBe(1);
    expect((await hitsFor("beras")).total).toBe(0);
  });
});
