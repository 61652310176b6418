// A trashed document is out of the corpus: each read below shows it while it is live,
// hides it while it is in the trash, and shows it again once restored.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { BASE_OPTIONS, exportedPairs, glossaryTsv } from "@/lib/test/export-fixtures";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { searchSegments } from "@/lib/search/search-segments";
import { getCorpusOverview } from "@/lib/overview/get-corpus-overview";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { getGlossaryEntry } from "@/lib/glossary/get-glossary-entry";
import { findFuzzySuggestions } from "@/lib/segments/fuzzy-suggestions";
import { findRepetitions } from "@/lib/segments/find-repetitions";
import { propagateCorrection } from "@/lib/segments/propagate-correction";
import { getEditorDocument } from "@/lib/segments/get-editor-document";
import { getExportStats } from "@/lib/export/export-stats";
import { listLibrary } from "./list-library";
import { DEFAULT_LIBRARY_FILTER } from "./library-filter";
import { getDocument } from "./get-document";
import { deleteDocument } from "./delete-document";
import { undeleteDocument } from "./undelete-document";
import { withSourceHash } from "@/lib/text/text-hash";
import { describeEachProvider } from "@/lib/test/providers";

vi.mock("@/lib/jobs/queue", async (actual) => (await import("@/lib/test/queue-stand-in")).queueWithPostgresStandIn(actual));

const SHARED = "Harga beras naik tajam di pasar induk kemarin.";
const SIMILAR = "Harga beras naik tajam di pasar induk pagi ini.";
const NAME = "Velzorkova";

let trashed = "";
let live = { documentId: "", ids: [] as string[] };

async function exported(dedupe: boolean): Promise<string[]> {
  return (await exportedPairs({ ...BASE_OPTIONS, drafts: true, dedupe })).map((pair) => pair.documentId);
}

describeEachProvider("trash", () => {
  beforeEach(async () => {
    await db.document.deleteMany();
    await db.glossaryEntry.deleteMany();
    // The trashed document is older, so it comes first in export order and in dedupe.
    const old = await seedDocument([
      { source: SHARED, target: "Rice prices rose sharply.", status: "edited" },
      { source: "Kalimat menunggu mesin.", status: "pending" },
    ], "Dokumen dibuang");
    trashed = old.documentId;
    live = await seedDocument([{ source: SHARED, target: "Rice prices rose sharply.", status: "machine", paragraphIndex: 1 }, { source: SIMILAR, status: "machine" }], "Dokumen hidup");
  });

  const hide = () => deleteDocument(trashed);
  const bringBack = () => undeleteDocument(trashed);

  describe("a trashed document", () => {
    it.each([
      ["the library", async () => (await listLibrary(DEFAULT_LIBRARY_FILTER)).documents.map((d) => d.id).includes(trashed)],
      ["the library's total", async () => (await listLibrary(DEFAULT_LIBRARY_FILTER)).totalInLibrary === 2],
      ["the reader", async () => (await getDocument(trashed)) !== null],
      ["the editor", async () => (await getEditorDocument(trashed)) !== null],
      ["search", async () => {
        const result = await searchSegments("menunggu");
        return result.ok && result.groups.some((g) => g.documentId === trashed);
      }],
      ["the overview's document count", async () => (await getCorpusOverview()).documents === 2],
      ["the overview's sentence count", async () => (await getCorpusOverview()).sentences === 4],
      ["fuzzy suggestions", async () => {
        const result = await findFuzzySuggestions(idAt(live.ids, 1));
        return result.ok && result.suggestions.length > 0;
      }],
      ["repetitions", async () => {
        const result = await findRepetitions(idAt(live.ids, 0));
        return result.ok && result.repetitions.some((r) => r.documentId === trashed);
      }],
      ["exports", async () => (await exported(false)).includes(trashed)],
      ["export statistics", () => getExportStats({ ...BASE_OPTIONS, drafts: true }).then((stats) => stats.pairs === 3)],
      // The worker's queue: lib/jobs/queue/sqlite-translation-queue.test.ts ("leaves the work of a trashed document waiting").
    ])("is in %s only while live", async (_name, visible) => {
      expect(await visible()).toBe(true);
      expect((await hide()).ok).toBe(true);
      expect(await visible()).toBe(false);
      expect((await bringBack()).ok).toBe(true);
      expect(await visible()).toBe(true);
    });

    it("never hides a live pair from dedupe", async () => {
      // Live, the trashed document's older copy of the shared pair wins the dedupe.
      expect(await exported(true)).toEqual([trashed, live.documentId]);
      await hide();
      expect(await exported(true)).toEqual([live.documentId, live.documentId]);
      expect((await getExportStats({ ...BASE_OPTIONS, drafts: true, dedupe: true })).pairs).toBe(2);
    });

    it("is not a source for translation memory, and propagation leaves it as it was", async () => {
      await hide();
      const fresh = await ingestDocument({ text: `Judul memori\n\n${SHARED}` });
      const copied = await db.segment.findFirstOrThrow({ where: { documentId: fresh.id, source: SHARED } });
      expect(copied.status).not.toBe("memory");

      await db.segment.update({ where: { id: idAt(live.ids, 0) }, data: { status: "edited", target: "Rice soared." } });
      const kept = await db.segment.findFirstOrThrow({ where: { documentId: trashed, source: "Kalimat menunggu mesin." } });
      await db.segment.update({ where: { id: kept.id }, data: withSourceHash({ source: SHARED }) });
      const result = await propagateCorrection(idAt(live.ids, 0));
      expect(result.ok && result.segmentIds).not.toContain(kept.id);
      expect((await db.segment.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe("pending");
    });
  });

  describe("glossary counts", () => {
    it("leave out a trashed document's mentions, and hide a name only it mentions", async () => {
      const text = (extra: string) => `Kunjungan ke Moskow ${extra}\n\nMenteri Arkadi ${NAME} tiba di Moskow pada hari Senin ${extra}.`;
      const first = await ingestDocument({ text: text("pertama") });
      await ingestDocument({ text: `Cuaca di Moskow\n\nSalju turun di Moskow pada hari Selasa.` });
      const moskow = () => listGlossary({ query: "moskow" }).then((entries) => entries.find((e) => e.source === "Moskow"));
      expect(await moskow()).toMatchObject({ documentCount: 2 });
      const named = () => listGlossary({ query: NAME });
      expect((await named()).map((e) => e.source)).toEqual([`Arkadi ${NAME}`]);
      const entryId = (await named())[0]?.id ?? "";

      expect((await deleteDocument(first.id)).ok).toBe(true);
      expect(await moskow()).toMatchObject({ documentCount: 1, mentionCount: 2 });
      expect(await named()).toEqual([]);
      expect((await getGlossaryEntry(entryId))?.mentions).toEqual([]);
      // The glossary download is global and keeps the entry: it holds no corpus text.
      expect(await glossaryTsv()).toContain(NAME);

      expect((await undeleteDocument(first.id)).ok).toBe(true);
      expect((await named()).map((e) => [e.source, e.mentionCount])).toEqual([[`Arkadi ${NAME}`, 1]]);
    });
  });
});
