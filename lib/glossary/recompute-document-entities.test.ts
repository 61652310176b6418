import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { corpusFiles, corpusMissingMessage } from "@/lib/test/corpus";
import { recomputeDocumentEntities, recomputeDocumentEntitiesIn } from "./recompute-document-entities";
import { listGlossary } from "./list-glossary";
import { withSourceHash } from "@/lib/text/text-hash";

const files = corpusFiles();
if (files.length === 0) console.warn(corpusMissingMessage);

async function entryByKey(key: string) {
  return db.glossaryEntry.findUniqueOrThrow({ where: { key } });
}

describe.skipIf(files.length === 0)("recomputeDocumentEntities on the sample corpus", () => {
  const ids: string[] = [];
  beforeAll(async () => {
    await db.document.deleteMany();
    await db.glossaryEntry.deleteMany();
    // Ingest links every document through the hook in ingestDocument.
    for (const file of files) ids.push((await ingestDocument({ text: fs.readFileSync(file, "utf8") })).id);
  });

  it.each([
    ["vladimir putin", "Vladimir Putin", "person", "Vladimir Putin", ["Putin"]],
    ["kim jong un", "Kim Jong Un", "person", "Kim Jong Un", ["Kim Jong-un"]],
    ["korea utara", "Korea Utara", "place", "North Korea", []],
    ["rusia", "Rusia", "place", "Russia", []],
    ["moskow", "Moskow", "place", "Moscow", []],
    ["ukraina", "Ukraina", "place", "Ukraine", []],
    ["kursk", "Kursk", "place", "Kursk", []],
    ["pyongyang", "Pyongyang", "place", "Pyongyang", []],
    ["kremlin", "Kremlin", "organisation", "Kremlin", []],
    ["dmitry peskov", "Dmitry Peskov", "person", "Dmitry Peskov", []],
    ["valery gerasimov", "Valery Gerasimov", "person", "Valery Gerasimov", ["Gerasimov"]],
    ["donald trump", "Donald Trump", "person", "Donald Trump", ["Trump"]],
    ["korea selatan", "Korea Selatan", "place", "South Korea", []],
  ])("one entry for %s", async (key, source, type, target, variants) => {
    const entry = await entryByKey(key);
    expect(entry).toMatchObject({ source, type, target });
    expect(entry.variants).toEqual(expect.arrayContaining(variants));
    expect(await db.glossaryEntry.count({ where: { source } })).toBe(1);
  });

  it("records where each rendering came from", async () => {
    expect((await entryByKey("korea utara")).targetOrigin).toBe("gazetteer");
    expect((await entryByKey("dmitry peskov")).targetOrigin).toBe("name");
  });

  it("links bare Putin to Vladimir Putin and counts him in every document", async () => {
    const putin = await entryByKey("vladimir putin");
    const bare = await db.entityMention.findMany({ where: { entryId: putin.id, surface: "Putin" } });
    expect(bare.length).toBeGreaterThan(3);
    const summary = (await listGlossary()).find((e) => e.id === putin.id);
    expect(summary).toMatchObject({ documentCount: files.length });
    expect(summary?.mentionCount).toBeGreaterThan(files.length);
  });

  it("stores mention offsets that point at the surface in the sentence", async () => {
    const mentions = await db.entityMention.findMany({ include: { segment: { select: { source: true } } } });
    expect(mentions.length).toBeGreaterThan(50);
    for (const m of mentions) expect(m.segment.source.slice(m.start, m.end)).toBe(m.surface);
  });

  it("re-running it, or ingesting again, duplicates nothing", async () => {
    const before = { entries: await db.glossaryEntry.count(), mentions: await db.entityMention.count() };
    for (const id of ids) await recomputeDocumentEntities(id);
    for (const file of files) expect((await ingestDocument({ text: fs.readFileSync(file, "utf8") })).duplicate).toBe(true);
    expect({ entries: await db.glossaryEntry.count(), mentions: await db.entityMention.count() }).toEqual(before);
  });

  it("never overwrites a person's rendering", async () => {
    const moskow = await entryByKey("moskow");
    await db.glossaryEntry.update({ where: { id: moskow.id }, data: { target: "Moskva", targetOrigin: "user" } });
    for (const id of ids) await recomputeDocumentEntities(id);
    expect(await entryByKey("moskow")).toMatchObject({ target: "Moskva", targetOrigin: "user" });
  });
});

describe("recomputeDocumentEntities on a small text", () => {
  it("drops entries only this document used, but keeps ones a person touched", async () => {
    const { id } = await ingestDocument({ text: "Kunjungan ke Kairo\n\nMenteri tiba di Kairo dan bertemu Menteri Luar Negeri Mesir, Badr Abdelatty." });
    const keys = (await db.entityMention.findMany({ where: { documentId: id }, include: { entry: true } })).map((m) => m.entry.key);
    expect(keys).toContain("kairo");
    await db.glossaryEntry.update({ where: { key: "mesir" }, data: { notes: "Egypt, always" } });
    await db.segment.updateMany({ where: { documentId: id }, data: withSourceHash({ source: "Tidak ada nama di sini." }) });
    await recomputeDocumentEntities(id);
    expect(await db.entityMention.count({ where: { documentId: id } })).toBe(0);
    expect(await db.glossaryEntry.findUnique({ where: { key: "kairo" } })).toBeNull();
    expect(await db.glossaryEntry.findUnique({ where: { key: "mesir" } })).not.toBeNull();
  });
});

describe("recomputeDocumentEntitiesIn", () => {
  it("relinks inside a caller's transaction, after its segments changed", async () => {
    const { id } = await ingestDocument({ text: "Kabar dari Seoul\n\nPresiden Korea Selatan berbicara di Seoul." });
    await db.$transaction(async (tx) => {
      await tx.segment.updateMany({ where: { documentId: id, position: 1 }, data: withSourceHash({ source: "Presiden Korea Selatan terbang ke Tokyo." }) });
      await recomputeDocumentEntitiesIn(tx, id);
    });
    const surfaces = (await db.entityMention.findMany({ where: { documentId: id }, orderBy: [{ segment: { position: "asc" } }, { start: "asc" }] })).map((m) => m.surface);
    expect(surfaces).toEqual(["Seoul", "Korea Selatan", "Tokyo"]);
  });
});
