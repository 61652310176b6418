import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateSegmentTranslation } from "@/lib/segments/update-segment-translation";
import { updateGlossaryEntry } from "./update-glossary-entry";
import { entryOf, seedTranslated, segmentsOf } from "@/lib/test/glossary-seed";
import { changeRows } from "@/lib/test/change-rows";

const TEXT = "Pernyataan Kremlin\n\nJuru bicara Kremlin Dmitry Peskov menolak berkomentar. Peskov kemudian tiba di Moskow.";
const TABLE = {
  "Pernyataan Kremlin": "Kremlin statement",
  "Juru bicara Kremlin Dmitry Peskov menolak berkomentar.": "Kremlin spokesman Dmitry Peskov declined to comment.",
  "Peskov kemudian tiba di Moskow.": "Peskov then arrived in Moscow.",
};

beforeEach(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
});

describe("updateGlossaryEntry", () => {
  it("a new rendering fixes machine sentences again and only flags a person's", async () => {
    const { id, segments } = await seedTranslated(TEXT, TABLE);
    const human = segments[2];
    if (!human) throw new Error("seed");
    await updateSegmentTranslation({ id: human.id, version: human.version, target: "Dmitry Peskov then arrived in Moscow." });
    const peskov = await entryOf("dmitry peskov");
    const result = await updateGlossaryEntry(peskov.id, { target: "Dmitri Peskov" });
    expect(result).toMatchObject({ ok: true, entry: { target: "Dmitri Peskov", documentCount: 1, mentionCount: 2 } });
    expect(await entryOf("dmitry peskov")).toMatchObject({ targetOrigin: "user" });
    const [, machine, edited] = await segmentsOf(id);
    expect(machine).toMatchObject({ target: "Kremlin spokesman Dmitri Peskov declined to comment.", status: "machine", flags: [] });
    expect((await changeRows(machine!.id)).at(-1)).toMatchObject({ action: "glossary_fix", origin: "glossary", target: machine?.target });
    expect(edited).toMatchObject({ target: "Dmitry Peskov then arrived in Moscow.", status: "edited", flags: ["term-mismatch"] });
  });

  it.each([
    ["do-not-translate flags English that translated the name", { doNotTranslate: true }, ["term-mismatch"]],
    ["a rendering the sentence already has clears nothing and flags nothing", { target: "Moscow" }, []],
  ])("%s", async (_, patch, flags) => {
    const { id } = await seedTranslated(TEXT, TABLE);
    const moskow = await entryOf("moskow");
    expect(await updateGlossaryEntry(moskow.id, patch)).toMatchObject({ ok: true });
    const last = (await segmentsOf(id)).at(-1);
    expect(last).toMatchObject({ target: "Peskov then arrived in Moscow.", flags });
  });

  it("undoing do-not-translate lifts the flag", async () => {
    const { id } = await seedTranslated(TEXT, TABLE);
    const moskow = await entryOf("moskow");
    await updateGlossaryEntry(moskow.id, { doNotTranslate: true });
    await updateGlossaryEntry(moskow.id, { doNotTranslate: false });
    expect((await segmentsOf(id)).at(-1)?.flags).toEqual([]);
  });

  it("clearing the rendering goes back to the automatic one", async () => {
    await seedTranslated(TEXT, TABLE);
    const moskow = await entryOf("moskow");
    await updateGlossaryEntry(moskow.id, { target: "Moskva" });
    const result = await updateGlossaryEntry(moskow.id, { target: "" });
    expect(result).toMatchObject({ ok: true, entry: { target: "Moscow" } });
    expect(await entryOf("moskow")).toMatchObject({ targetOrigin: "gazetteer" });
  });

  it("renaming keeps the old form as a spelling and the key as it was; notes and type are saved", async () => {
    await seedTranslated(TEXT, TABLE);
    const peskov = await entryOf("dmitry peskov");
    const result = await updateGlossaryEntry(peskov.id, { source: " Dmitri Peskov ", notes: "  Kremlin spokesman ", type: "person" });
    expect(result).toMatchObject({ ok: true, entry: { source: "Dmitri Peskov", variants: expect.arrayContaining(["Dmitry Peskov"]) } });
    expect(await entryOf("dmitry peskov")).toMatchObject({ notes: "Kremlin spokesman", source: "Dmitri Peskov" });
  });

  it.each([
    ["unknown id", "nope", { target: "x" }, "not-found"],
    ["empty source", null, { source: "  " }, "invalid-input"],
  ])("refuses: %s", async (_, givenId, patch, code) => {
    await seedTranslated(TEXT, TABLE);
    const id = givenId ?? (await entryOf("moskow")).id;
    expect(await updateGlossaryEntry(id, patch)).toMatchObject({ ok: false, code });
  });
});
