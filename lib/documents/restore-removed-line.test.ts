import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { getDocument } from "./get-document";
import { restoreRemovedLine } from "./restore-removed-line";
import { AppError } from "@/lib/errors";

const TEXT = `Pasar Terapung Kembali Ramai

Pasar terapung di Banjarmasin kembali ramai pada akhir pekan. Pedagang menjual buah dan sayur dari perahu.

Baca juga: Harga cabai naik lagi

Pengunjung datang sejak subuh.

Scroll to Top`;

beforeEach(async () => {
  await db.document.deleteMany();
});

describe("restoreRemovedLine", () => {
  it("puts the line back as new pending sentences and keeps translated ones untouched", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    await db.segment.updateMany({ where: { documentId: id }, data: { target: "done", status: "machine", version: 1 } });
    const before = await getDocument(id);
    expect(before?.report.removed.map((r) => r.line)).toEqual(["Baca juga: Harga cabai naik lagi", "Scroll to Top"]);

    expect(await restoreRemovedLine(id, "Scroll to Top")).toEqual({ added: 1 });

    const after = await getDocument(id);
    const sentences = after!.paragraphs.flatMap((p) => p.segments);
    expect(sentences.at(-1)).toMatchObject({ source: "Scroll to Top", status: "pending", target: null });
    expect(sentences.slice(0, -1).every((s) => s.status === "machine" && s.target === "done" && s.version === 1)).toBe(true);
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    expect(after!.report.removed.map((r) => r.line)).toEqual(["Baca juga: Harga cabai naik lagi"]);
    expect(after!.report.restored).toEqual(["Scroll to Top"]);
    expect(after!.status).toBe("translating");
  });

  it("restores a line in the middle and renumbers what follows", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    await restoreRemovedLine(id, "Baca juga: Harga cabai naik lagi");
    const sources = (await getDocument(id))!.paragraphs.flatMap((p) => p.segments.map((s) => s.source));
    expect(sources).toContain("Baca juga: Harga cabai naik lagi");
    expect(sources.indexOf("Baca juga: Harga cabai naik lagi")).toBe(sources.indexOf("Pengunjung datang sejak subuh.") - 1);
  });

  it("refuses a line that was never removed", async () => {
    const { id } = await ingestDocument({ text: TEXT });
    const error = await restoreRemovedLine(id, "Pengunjung datang sejak subuh.").catch((e: unknown) => e);
    expect((error as AppError).code).toBe("invalid-input");
  });
});
