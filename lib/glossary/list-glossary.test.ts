import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listGlossary } from "./list-glossary";
import { getGlossaryEntry } from "./get-glossary-entry";
import { entryOf, seedTranslated } from "@/lib/test/glossary-seed";

const FIRST = "Putin di Moskow\n\nPresiden Rusia Vladimir Putin tiba di Moskow. Putin lalu bertemu Kim Jong-un.";
const SECOND = "Kim di Pyongyang\n\nPemimpin Korea Utara Kim Jong Un kembali ke Pyongyang.";

beforeAll(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
  await seedTranslated(FIRST, { "Presiden Rusia Vladimir Putin tiba di Moskow.": "Russian President Vladimir Putin arrived in Moscow." });
  await seedTranslated(SECOND, {});
});

describe("listGlossary", () => {
  it("lists every entry with the API shape, most mentioned first", async () => {
    const entries = await listGlossary();
    expect(entries[0]).toEqual({
      id: expect.any(String),
      source: expect.any(String),
      variants: expect.any(Array),
      type: expect.any(String),
      target: expect.anything(),
      doNotTranslate: false,
      documentCount: expect.any(Number),
      mentionCount: expect.any(Number),
    });
    const counts = entries.map((e) => e.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(entries.find((e) => e.source === "Kim Jong Un")).toMatchObject({ documentCount: 2, mentionCount: 3, variants: ["Kim Jong-un", "Kim"] });
  });

  it.each([
    [{ type: "person" as const }, ["Kim Jong Un", "Vladimir Putin"]],
    [{ query: "kim jong-UN" }, ["Kim Jong Un"]],
    [{ query: "moscow" }, ["Moskow"]],
    [{ query: "korut" }, []],
    [{ type: "place" as const, query: "pyong" }, ["Pyongyang"]],
  ])("filters %j", async (filter, sources) => {
    expect((await listGlossary(filter)).map((e) => e.source).sort()).toEqual(sources);
  });
});

describe("getGlossaryEntry", () => {
  it("returns the concordance: every mention with its sentence, translation and document", async () => {
    const putin = await entryOf("vladimir putin");
    const detail = await getGlossaryEntry(putin.id);
    expect(detail).toMatchObject({ id: putin.id, key: "vladimir putin", targetOrigin: expect.any(String), notes: null, mentionCount: 3, documentCount: 1 });
    expect(detail?.mentions.map((m) => [m.surface, m.documentTitle])).toEqual([
      ["Putin", "Putin di Moskow"],
      ["Vladimir Putin", "Putin di Moskow"],
      ["Putin", "Putin di Moskow"],
    ]);
    const full = detail?.mentions[1];
    expect(full?.source.slice(full.start, full.end)).toBe("Vladimir Putin");
    expect(full?.target).toBe("Russian President Vladimir Putin arrived in Moscow.");
  });

  it("is null for an unknown id", async () => {
    expect(await getGlossaryEntry("missing")).toBeNull();
  });
});
