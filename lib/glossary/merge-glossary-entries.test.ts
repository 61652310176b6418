import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { mergeGlossaryEntries } from "./merge-glossary-entries";
import { splitGlossaryVariant } from "./split-glossary-variant";
import { findGlossaryRedirect } from "./find-glossary-redirect";
import { entryOf } from "@/lib/test/glossary-seed";

// Two romanisations of one name, which the detector cannot know are the same person.
const FIRST = "Kunjungan Pabrik\n\nPemimpin Korea Utara Kim Jong-un meninjau pabrik senjata.";
const SECOND = "Latihan Militer\n\nPada hari Minggu, Kim Jong Eun menyaksikan latihan militer di dekat Pyongyang.";
const THIRD = "Pesan Tahun Baru\n\nDalam pidatonya, Kim Jong Eun menyerukan persatuan.";

beforeEach(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
});

async function mergedPair() {
  await ingestDocument({ text: FIRST });
  await ingestDocument({ text: SECOND });
  const keep = await entryOf("kim jong un");
  const merge = await entryOf("kim jong eun");
  await db.glossaryEntry.update({ where: { id: merge.id }, data: { notes: "Older romanisation" } });
  return { keep, merge, result: await mergeGlossaryEntries(keep.id, merge.id) };
}

describe("mergeGlossaryEntries", () => {
  it("moves the mentions, unites the spellings and removes the merged entry", async () => {
    const { keep, merge, result } = await mergedPair();
    expect(result).toMatchObject({ ok: true, entry: { id: keep.id, source: "Kim Jong Un", documentCount: 2, mentionCount: 2 } });
    expect(result.ok && result.entry.variants).toEqual(expect.arrayContaining(["Kim Jong-un", "Kim Jong Eun"]));
    expect(await db.glossaryEntry.findUnique({ where: { id: merge.id } })).toBeNull();
    expect(await entryOf("kim jong un")).toMatchObject({ id: keep.id, notes: "Older romanisation" });
  });

  it("sends the merged entry's address on to the kept entry, also after a second merge", async () => {
    const { keep, merge } = await mergedPair();
    expect(await findGlossaryRedirect(merge.id)).toBe(keep.id);
    const other = await db.glossaryEntry.create({ data: { key: "pemimpin korut", source: "Pemimpin Korut", type: "person" } });
    expect(await mergeGlossaryEntries(other.id, keep.id)).toMatchObject({ ok: true });
    expect(await findGlossaryRedirect(merge.id)).toBe(other.id);
    expect(await findGlossaryRedirect(keep.id)).toBe(other.id);
    expect(await findGlossaryRedirect(other.id)).toBeNull();
  });

  it("keeps the merged key resolving to the kept entry for later ingests", async () => {
    const { keep } = await mergedPair();
    const { id } = await ingestDocument({ text: THIRD });
    const mentions = await db.entityMention.findMany({ where: { documentId: id } });
    expect(mentions.map((m) => [m.surface, m.entryId])).toEqual([["Kim Jong Eun", keep.id]]);
    expect(await db.glossaryEntry.findUnique({ where: { key: "kim jong eun" } })).toBeNull();
  });

  it.each([
    ["itself", "same", "invalid-input"],
    ["an unknown entry", "missing", "not-found"],
  ])("refuses to merge into %s", async (_, kind, code) => {
    await ingestDocument({ text: FIRST });
    const keep = await entryOf("kim jong un");
    expect(await mergeGlossaryEntries(keep.id, kind === "same" ? keep.id : "missing")).toMatchObject({ ok: false, code });
  });
});

describe("splitGlossaryVariant", () => {
  it("gives a wrongly merged spelling its own entry again, with its mentions", async () => {
    const { keep } = await mergedPair();
    const result = await splitGlossaryVariant(keep.id, "Kim Jong Eun");
    expect(result).toMatchObject({
      ok: true,
      entry: { source: "Kim Jong Eun", type: "person", target: "Kim Jong Eun", mentionCount: 1 },
      from: { id: keep.id, mentionCount: 1 },
    });
    expect(result.ok && result.from.variants).not.toContain("Kim Jong Eun");
    const split = await entryOf("kim jong eun");
    expect(await db.entityMention.count({ where: { entryId: split.id, surface: "Kim Jong Eun" } })).toBe(1);
  });

  it.each([
    ["a spelling the entry does not have", "Kim Il Sung", "invalid-input"],
    ["a spelling that is the same name written differently", "Kim Jong-un", "invalid-input"],
  ])("refuses %s", async (_, variant, code) => {
    await ingestDocument({ text: FIRST });
    const keep = await entryOf("kim jong un");
    expect(await splitGlossaryVariant(keep.id, variant)).toMatchObject({ ok: false, code });
  });

  it("refuses an unknown entry", async () => {
    expect(await splitGlossaryVariant("missing", "Kim")).toMatchObject({ ok: false, code: "not-found" });
  });
});
