import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { moveTargetBoundary } from "./move-target-boundary";
import { withSourceHash } from "@/lib/text/text-hash";

const ID = "Banjir Rendam Demak\n\nBanjir merendam ratusan rumah warga di Demak sejak Senin. Hujan masih turun hingga hari ini.";
const EN = "Floods Hit Demak\n\nFloods have submerged hundreds of homes in Demak since Monday. Rain is still falling today.";

beforeEach(async () => {
  await db.document.deleteMany();
});

async function body(documentId: string) {
  return db.segment.findMany({ where: { documentId, kind: "body" }, orderBy: { position: "asc" } });
}

describe("moveTargetBoundary", () => {
  it("joins with the next English sentence, then splits it back; the Indonesian stays put", async () => {
    const { id } = await ingestDocument({ text: ID, translation: { text: EN } });
    const [first, second] = await body(id);
    const joined = await moveTargetBoundary({ id: first!.id, version: first!.version, nextVersion: second!.version, at: `${first!.target} ${second!.target}`.length });
    expect(joined.ok).toBe(true);
    let rows = await body(id);
    // After the join the second Indonesian sentence has no English: a gap.
    expect(rows.map((r) => r.alignConfidence)).toEqual([1, 0]);
    expect(rows.map((r) => [r.source, r.target])).toEqual([
      ["Banjir merendam ratusan rumah warga di Demak sejak Senin.", "Floods have submerged hundreds of homes in Demak since Monday. Rain is still falling today."],
      ["Hujan masih turun hingga hari ini.", null],
    ]);
    const at = rows[0]!.target!.indexOf("Rain");
    const split = await moveTargetBoundary({ id: rows[0]!.id, version: rows[0]!.version, nextVersion: rows[1]!.version, at });
    expect(split.ok).toBe(true);
    rows = await body(id);
    expect(rows.map((r) => r.target)).toEqual(["Floods have submerged hundreds of homes in Demak since Monday.", "Rain is still falling today."]);
    expect(rows.every((r) => r.status === "reference")).toBe(true);
    // A person placed the boundary: both pairs are sure now.
    expect(rows.map((r) => r.alignConfidence)).toEqual([1, 1]);
    const changes = await db.change.findMany({ where: { documentId: id, action: "align", segmentId: { not: null } } });
    expect(changes).toHaveLength(4);
  });

  it("refuses a stale next version and changes nothing", async () => {
    const { id } = await ingestDocument({ text: ID, translation: { text: EN } });
    const [first, second] = await body(id);
    const result = await moveTargetBoundary({ id: first!.id, version: first!.version, nextVersion: second!.version + 1, at: 0 });
    expect(result).toMatchObject({ ok: false, code: "version-conflict" });
    expect((await body(id)).map((r) => r.target)).toEqual([first!.target, second!.target]);
  });

  it("refuses a stale version of the first pair with the current text, and changes nothing", async () => {
    const { id } = await ingestDocument({ text: ID, translation: { text: EN } });
    const [first, second] = await body(id);
    const result = await moveTargetBoundary({ id: first!.id, version: first!.version + 1, nextVersion: second!.version, at: 0 });
    // The editor's conflict handling reads the saved text from details.current.
    expect(result).toMatchObject({ ok: false, code: "version-conflict", details: { current: { target: first!.target, version: first!.version } } });
    const rows = await body(id);
    expect(rows.map((r) => [r.target, r.version, r.alignConfidence])).toEqual([first, second].map((r) => [r!.target, r!.version, r!.alignConfidence]));
  });

  it("gives no confidence to pairs that never came from the aligner", async () => {
    const document = await db.document.create({
      data: {
        title: "Mesin", rawText: "x", contentHash: `machine-${Date.now()}`, status: "ready",
        segments: { createMany: { data: [
          { position: 0, paragraphIndex: 1, source: "Satu.", target: "One. Two.", status: "machine" as const, engine: "draft:lexicon" },
          { position: 1, paragraphIndex: 1, source: "Dua.", target: null, status: "machine" as const, engine: "draft:lexicon" },
        ].map(withSourceHash) } },
      },
    });
    const [first, second] = await body(document.id);
    const result = await moveTargetBoundary({ id: first!.id, version: first!.version, nextVersion: second!.version, at: "One.".length });
    expect(result.ok).toBe(true);
    expect((await body(document.id)).map((r) => [r.target, r.alignConfidence])).toEqual([["One.", null], ["Two.", null]]);
  });

  it("waits (busy) while the article's names are still being linked, and changes nothing", async () => {
    const { id } = await ingestDocument({ text: ID, translation: { text: EN } });
    await db.document.update({ where: { id }, data: { linkingFrom: 0 } });
    const [first, second] = await body(id);
    const result = await moveTargetBoundary({ id: first!.id, version: first!.version, nextVersion: second!.version, at: 0 });
    expect(result).toMatchObject({ ok: false, code: "busy" });
    expect((await body(id)).map((r) => r.target)).toEqual([first!.target, second!.target]);
  });
});
