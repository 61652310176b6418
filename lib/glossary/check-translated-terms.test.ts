import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { entryOf, seedTranslated } from "@/lib/test/glossary-seed";
import { changeRows } from "@/lib/test/change-rows";

beforeEach(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
});

describe("the worker's term check", () => {
  it("fixes Moskow left untranslated before writing, so the revision carries the fix", async () => {
    const { segments } = await seedTranslated("Kunjungan ke Rusia\n\nDelegasi Indonesia tiba di Moskow pada hari Senin.", {
      "Kunjungan ke Rusia": "Visit to Russia",
      "Delegasi Indonesia tiba di Moskow pada hari Senin.": "The Indonesian delegation arrived in Moskow on Monday.",
    });
    const body = segments[1];
    expect(body?.target).toBe("The Indonesian delegation arrived in Moscow on Monday.");
    expect((await changeRows(body!.id)).map((r) => r.target)).toEqual(["The Indonesian delegation arrived in Moscow on Monday."]);
    expect(body?.flags).toEqual([]);
  });

  it("flags a sentence whose rendering is missing and cannot be fixed", async () => {
    const { segments } = await seedTranslated("Pernyataan Kremlin\n\nJuru bicara Kremlin Dmitry Peskov berbicara kepada wartawan.", {
      "Pernyataan Kremlin": "Kremlin statement",
      "Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan.": "The Kremlin spokesman spoke to reporters.",
    });
    expect(segments.map((s) => s.flags)).toEqual([[], ["term-mismatch"]]);
    expect(segments[1]?.target).toBe("The Kremlin spokesman spoke to reporters.");
  });

  it("flags, and does not guess, when two entries claim the spelling left in the English", async () => {
    const text = "Laga Persahabatan\n\nKorut menang dua gol.";
    const { id } = await seedTranslated(text, { "Laga Persahabatan": "Friendly match" });
    // A second entry that also claims "Korut", mentioned at the same place.
    const team = await db.glossaryEntry.create({ data: { key: "tim korut", source: "Tim Korut", variants: '["Korut"]', type: "organisation", target: "the North Korean team" } });
    const korut = await entryOf("korea utara");
    const segment = await db.segment.findFirstOrThrow({ where: { documentId: id, position: 1 } });
    await db.entityMention.create({ data: { entryId: team.id, documentId: id, segmentId: segment.id, start: 0, end: 5, surface: "Korut" } });
    expect(await db.entityMention.count({ where: { segmentId: segment.id, entryId: korut.id } })).toBe(1);
    await db.segment.update({ where: { id: segment.id }, data: { status: "pending", target: null } });
    const { segments } = await seedTranslated(text, { "Korut menang dua gol.": "Korut won by two goals." });
    expect(segments[1]).toMatchObject({ target: "Korut won by two goals.", flags: ["term-mismatch"] });
  });
});
