// Mention and document counts per glossary entry, the one grouped query behind the glossary
// list, an entry's page and a document's entity panel: on both providers.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeEachProvider } from "@/lib/test/providers";
import { seedDocument } from "@/lib/test/segment-seed";
import { countMentions } from "./count-mentions";

let putin = "";
let moskow = "";
let unmentioned = "";

async function mention(entryId: string, documentId: string, segmentId: string, surface: string) {
  await db.entityMention.create({ data: { entryId, documentId, segmentId, start: 0, end: surface.length, surface } });
}

describeEachProvider("countMentions", () => {
  beforeAll(async () => {
    putin = (await db.glossaryEntry.create({ data: { key: "vladimir putin", source: "Vladimir Putin", type: "person" } })).id;
    moskow = (await db.glossaryEntry.create({ data: { key: "moskow", source: "Moskow", type: "place" } })).id;
    unmentioned = (await db.glossaryEntry.create({ data: { key: "kremlin", source: "Kremlin", type: "place" } })).id;
    const first = await seedDocument([{ source: "Putin tiba di Moskow." }, { source: "Putin lalu pulang." }]);
    const second = await seedDocument([{ source: "Vladimir Putin di Moskow." }]);
    const trashed = await seedDocument([{ source: "Putin dan Moskow lagi." }]);
    await mention(putin, first.documentId, first.ids[0]!, "Putin");
    await mention(moskow, first.documentId, first.ids[0]!, "Moskow");
    await mention(putin, first.documentId, first.ids[1]!, "Putin");
    await mention(putin, second.documentId, second.ids[0]!, "Vladimir Putin");
    await mention(moskow, second.documentId, second.ids[0]!, "Moskow");
    await mention(putin, trashed.documentId, trashed.ids[0]!, "Putin");
    await mention(moskow, trashed.documentId, trashed.ids[0]!, "Moskow");
    await db.document.update({ where: { id: trashed.documentId }, data: { deletedAt: new Date() } });
  });

  it("counts every entry's mentions and documents, leaving the trash out", async () => {
    const counts = await countMentions(null);
    expect(Object.fromEntries(counts)).toEqual({
      [putin]: { mentionCount: 3, documentCount: 2 },
      [moskow]: { mentionCount: 2, documentCount: 2 },
    });
  });

  it("counts only the entries asked for, and nothing for an entry nobody mentions", async () => {
    expect(Object.fromEntries(await countMentions([moskow, unmentioned, "no-such-entry"]))).toEqual({ [moskow]: { mentionCount: 2, documentCount: 2 } });
    expect((await countMentions([])).size).toBe(0);
  });

  it("counts inside a transaction, seeing its own writes", async () => {
    const counted = await db.$transaction(async (tx) => {
      await tx.entityMention.deleteMany({ where: { entryId: moskow, surface: "Moskow", document: { deletedAt: null }, segment: { position: 0, source: { startsWith: "Vladimir" } } } });
      return countMentions([moskow], tx);
    });
    expect(counted.get(moskow)).toEqual({ mentionCount: 1, documentCount: 1 });
  });
});
