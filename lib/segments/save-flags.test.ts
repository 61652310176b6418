import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { updateSegmentTranslation } from "./update-segment-translation";

beforeEach(async () => {
  await db.document.deleteMany();
});

async function segmentMentioningMoscow() {
  const { id } = await ingestDocument({ text: "Kunjungan ke Moskow\n\nPresiden tiba di Moskow pada hari Senin. Ia disambut hangat." });
  return db.segment.findFirstOrThrow({ where: { documentId: id, source: { startsWith: "Presiden tiba" } } });
}

describe("a person's save and the glossary flags", () => {
  it("flags a correction that drops a name's rendering, keeping the wording, and clears the flag when fixed", async () => {
    const segment = await segmentMentioningMoscow();
    const first = await updateSegmentTranslation({ id: segment.id, target: "The president arrived in Moskow on Monday.", version: segment.version });
    expect(first.ok).toBe(true);
    const flagged = await db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(flagged.target).toBe("The president arrived in Moskow on Monday.");
    expect(flagged.flags).toContain("term-mismatch");

    const second = await updateSegmentTranslation({ id: segment.id, target: "The president arrived in Moscow on Monday.", version: flagged.version });
    expect(second.ok && second.segment.version).toBe(flagged.version + 1);
    const fixed = await db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(fixed.flags).not.toContain("term-mismatch");
    expect(fixed.version).toBe(flagged.version + 1);
  });
});
