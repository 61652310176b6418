// A 200 MB TMX through POST /api/memory/import, as a chunked body: streamed to disk and
// imported in a worker thread in short transactions. Meanwhile one client reads the
// library every 50 ms and another saves a sentence every 200 ms; neither may wait more
// than a second. Peak RSS growth is measured across the upload and the import. The same
// import run whole on the request thread (the CLI's code, one process) is the reference
// for what the worker thread and the short transactions spare the other clients.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as libraryRoute } from "@/app/api/documents/route";
import { PATCH as saveRoute } from "@/app/api/segments/[id]/route";
import { POST as importRoute } from "@/app/api/memory/import/route";
import { editorAuthorization } from "@/lib/test/accounts";
import { generatedTmx, webStreamOf, type GeneratedTmx } from "@/lib/test/memory-import";
import { idAt, seedDocument } from "@/lib/test/segment-seed";
import { timeAlongside } from "@/lib/test/other-client";
import { memoryImportSettled } from "./memory-import-queue";

const SITE = "http://127.0.0.1:3210";
const TOTAL_BYTES = 200 * 1024 * 1024;
const REFERENCE_BYTES = 40 * 1024 * 1024;
const OTHER_CLIENT_MAX_MS = 1000;
// Generous for the thread's heap, saxes, the decoder, one batch and SQLite's caches.
const MAX_RSS_GROWTH = 300 * 1024 * 1024;

describe("a 200 MB TMX through the API", () => {
  it("imports every unit while other clients are answered within a second", async () => {
    const { authorization } = await editorAuthorization();
    const { ids } = await seedDocument([{ source: "Harga beras naik.", target: "Rice prices rose." }]);
    const segmentId = idAt(ids, 0);
    let version = (await db.segment.findUniqueOrThrow({ where: { id: segmentId } })).version;
    const read = () => libraryRoute(new Request(`${SITE}/api/documents`, { headers: { authorization } })).then((r) => r.arrayBuffer());
    const save = async () => {
      const body = JSON.stringify({ target: `Rice prices rose (${version}).`, version });
      const response = await saveRoute(new Request(`${SITE}/api/segments/${segmentId}`, { method: "PATCH", body, headers: { authorization, "content-type": "application/json" } }), { params: Promise.resolve({ id: segmentId }) });
      if (response.ok) version = ((await response.json()) as { version: number }).version;
      else throw new Error(`save answered ${response.status}: ${await response.text()}`);
    };

    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const probe: GeneratedTmx = { units: 0, bytes: 0 };
    const started = performance.now();
    const upload = async () => {
      const response = await importRoute(new Request(`${SITE}/api/memory/import?format=tmx&name=big.tmx`, { method: "POST", body: webStreamOf(generatedTmx(TOTAL_BYTES, probe)), headers: { authorization }, duplex: "half" } as RequestInit));
      const uploadedMs = performance.now() - started;
      const { id } = (await response.json()) as { id: string };
      await memoryImportSettled(id);
      return { id, uploadedMs };
    };
    const { result, other: writer } = await timeAlongside(async () => (await timeAlongside(upload, read)), save, 200);
    clearInterval(sampler);
    const { result: { id, uploadedMs }, other: reader } = result;
    const seconds = (performance.now() - started) / 1000;
    const row = await db.memoryImport.findUniqueOrThrow({ where: { id } });

    const reference = await timeAlongside(async () => {
      const { importMemory } = await import("./import-memory");
      const { TEST_ACTOR } = await import("@/lib/test/memory-import");
      await db.memoryImport.deleteMany();
      return importMemory({ fileName: "reference.tmx", format: "tmx", actor: TEST_ACTOR, source: generatedTmx(REFERENCE_BYTES) });
    }, read);

    console.log(JSON.stringify({
      megabytes: Math.round(probe.bytes / 1024 / 1024), units: probe.units, seconds: Math.round(seconds), uploadSeconds: Math.round(uploadedMs / 1000),
      rssGrowthMb: Math.round((peak - before) / 1024 / 1024),
      otherClients: { readerWorstMs: reader.worstMs, readerRequests: reader.requests, writerWorstMs: writer.worstMs, writerRequests: writer.requests },
      reference: { megabytes: REFERENCE_BYTES / 1024 / 1024, onRequestThreadReaderWorstMs: reference.other.worstMs },
    }));
    expect(row).toMatchObject({ status: "done", imported: probe.units, duplicates: 0, refused: 0 });
    expect(reader.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
    expect(writer.worstMs).toBeLessThan(OTHER_CLIENT_MAX_MS);
    expect(peak - before).toBeLessThan(MAX_RSS_GROWTH);
  }, 900_000);
});
