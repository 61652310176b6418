// The reader's view of the glossary through getDocument: marks on both sides, flags, and the panel list.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDocument } from "@/lib/documents/get-document";
import { seedTranslated } from "@/lib/test/glossary-seed";

const TABLE = {
  "Putin di Moskow": "Putin in Moscow",
  "Presiden Rusia Vladimir Putin tiba di Moskow pada hari Senin.": "Russian President Vladimir Putin arrived in Moscow on Monday.",
  "Juru bicara Kremlin Dmitry Peskov menolak berkomentar.": "The spokesman declined to comment.",
};

let documentId = "";

beforeAll(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
  await seedTranslated("Putin Bertemu Pejabat\n\nPutin menerima tamu di Kremlin.", {});
  ({ id: documentId } = await seedTranslated(
    "Putin di Moskow\n\nPresiden Rusia Vladimir Putin tiba di Moskow pada hari Senin. Juru bicara Kremlin Dmitry Peskov menolak berkomentar.",
    TABLE,
  ));
});

describe("getDocument with the glossary", () => {
  it("marks mentions in the Indonesian and their renderings in the English", async () => {
    const document = await getDocument(documentId);
    const sentence = document?.paragraphs[1]?.segments[0];
    expect(sentence?.mentions.map((m) => [sentence.source.slice(m.start, m.end), m.type, m.target])).toEqual([
      ["Rusia", "place", "Russia"],
      ["Vladimir Putin", "person", "Vladimir Putin"],
      ["Moskow", "place", "Moscow"],
    ]);
    expect(sentence?.targetMarks.map((m) => sentence.target?.slice(m.start, m.end))).toEqual(["Russian", "Vladimir Putin", "Moscow"]);
    expect(sentence?.flags).toEqual([]);
  });

  it("carries the term-mismatch flag of a sentence whose names went missing", async () => {
    const document = await getDocument(documentId);
    expect(document?.paragraphs[1]?.segments[1]?.flags).toEqual(["term-mismatch"]);
  });

  it("lists the document's entities with counts here and elsewhere", async () => {
    const document = await getDocument(documentId);
    const putin = document?.entities.find((e) => e.source === "Vladimir Putin");
    expect(putin).toEqual({ id: expect.any(String), source: "Vladimir Putin", target: "Vladimir Putin", type: "person", mentionCount: 2, otherDocumentCount: 1 });
    expect(document?.entities.find((e) => e.source === "Moskow")).toMatchObject({ mentionCount: 2, otherDocumentCount: 0 });
  });
});
