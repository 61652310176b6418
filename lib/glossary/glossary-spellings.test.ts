// The indexed spellings table stays equal to the entries' spellings through every write
// that changes them, and entries from before the table are indexed once, on first use.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { entryOf } from "@/lib/test/glossary-seed";
import { mergeGlossaryEntries } from "./merge-glossary-entries";
import { splitGlossaryVariant } from "./split-glossary-variant";
import { updateGlossaryEntry } from "./update-glossary-entry";
import { spellingKeys } from "./write-spellings";

const MARKER = "glossary-spellings-backfill";

beforeEach(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
  await db.setting.deleteMany({ where: { key: MARKER } });
});

/** Every entry's rows equal the keys of its source and variants; no row without an entry. */
async function expectIndexMatchesEntries(): Promise<void> {
  const entries = await db.glossaryEntry.findMany({ select: { id: true, source: true, variants: true } });
  const rows = await db.glossarySpelling.findMany();
  const expected = entries.flatMap((e) => spellingKeys(e).map((key) => `${e.id} ${key}`)).sort();
  expect(rows.map((r) => `${r.entryId} ${r.key}`).sort()).toEqual(expected);
}

describe("spellingKeys", () => {
  it.each([
    [{ source: "Kim Jong Un", variants: ["Kim Jong-un", "KIM JONG UN"] }, ["kim jong un"]],
    // Known short forms fold into the full name's key: one row, not two.
    [{ source: "Korea Utara", variants: ["Korut"] }, ["korea utara"]],
    [{ source: "Jakarta", variants: "not a list" }, ["jakarta"]],
  ])("%j → %j", (entry, keys) => {
    expect(spellingKeys(entry)).toEqual(keys);
  });
});

describe("the glossary spellings table", () => {
  it("follows creation, new spellings, merge, split and rename", async () => {
    await ingestDocument({ text: "Kunjungan Pabrik\n\nPemimpin Korea Utara Kim Jong-un meninjau pabrik senjata." });
    await ingestDocument({ text: "Latihan Militer\n\nPada hari Minggu, Kim Jong Eun menyaksikan latihan militer di dekat Pyongyang." });
    await expectIndexMatchesEntries();
    const keep = await entryOf("kim jong un");
    const merge = await entryOf("kim jong eun");
    expect(await mergeGlossaryEntries(keep.id, merge.id)).toMatchObject({ ok: true });
    await expectIndexMatchesEntries();
    expect(await splitGlossaryVariant(keep.id, "Kim Jong Eun")).toMatchObject({ ok: true });
    await expectIndexMatchesEntries();
    const korea = await entryOf("korea utara");
    expect(await updateGlossaryEntry(korea.id, { source: "Korea Utara (DPRK)" })).toMatchObject({ ok: true });
    await expectIndexMatchesEntries();
  });

  it("links a later ingest through an older entry's variant, found in the index", async () => {
    await ingestDocument({ text: "Latihan Militer\n\nPada hari Minggu, Kim Jong Eun menyaksikan latihan militer di dekat Pyongyang." });
    const entry = await entryOf("kim jong eun");
    await db.glossaryEntry.update({ where: { id: entry.id }, data: { variants: ["Kim Jong Eun", "Kim Chong Un"] } });
    await db.glossarySpelling.create({ data: { key: "kim chong un", entryId: entry.id } });
    const { id } = await ingestDocument({ text: "Pesan\n\nDalam pidatonya, Kim Chong Un menyerukan persatuan." });
    const mentions = await db.entityMention.findMany({ where: { documentId: id }, select: { entryId: true, surface: true } });
    expect(mentions).toContainEqual({ entryId: entry.id, surface: "Kim Chong Un" });
  });

  it("indexes entries from before the table on the first linking, once, and removes the marker", async () => {
    await ingestDocument({ text: "Kunjungan Pabrik\n\nPemimpin Korea Utara Kim Jong-un meninjau pabrik senjata." });
    // As a database migrated from before the table: entries, no spellings, the marker.
    await db.glossarySpelling.deleteMany();
    await db.setting.create({ data: { key: MARKER, value: "pending" } });
    const { id } = await ingestDocument({ text: "Kabar Lain\n\nKim Jong-un kembali ke Pyongyang." });
    await expectIndexMatchesEntries();
    expect(await db.setting.count({ where: { key: MARKER } })).toBe(0);
    const entry = await entryOf("kim jong un");
    expect(await db.entityMention.count({ where: { documentId: id, entryId: entry.id } })).toBe(1);
  });
});
