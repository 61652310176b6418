// A large TMX streamed through POST /api/memory/import as a chunked body (no
// Content-Length, far past the 2 MB limit of every other route and the proxy's 3 MB
// buffer): written to disk as it arrives, imported in a worker thread, every unit counted.
// The 200 MB figure, with another client timed alongside, is memory-import-upload.load.test.ts.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editorAuthorization } from "@/lib/test/accounts";
import { generatedTmx, webStreamOf, type GeneratedTmx } from "@/lib/test/memory-import";
import { POST } from "@/app/api/memory/import/route";
import { GET as detailRoute } from "@/app/api/memory/import/[id]/route";
import { memoryImportSettled } from "./memory-import-queue";
import { memoryUploadDir } from "./upload-files";
import type { MemoryImportDetail } from "./types";

const MEGABYTES = 24;

describe("a large TMX through the API", () => {
  it(`${MEGABYTES} MB, chunked: 202 at once, then every unit imported`, async () => {
    const { authorization } = await editorAuthorization();
    const probe: GeneratedTmx = { units: 0, bytes: 0 };
    const body = webStreamOf(generatedTmx(MEGABYTES * 1024 * 1024, probe));
    const response = await POST(new Request("http://127.0.0.1:3210/api/memory/import?format=tmx&name=big.tmx", { method: "POST", body, headers: { authorization, "content-type": "application/octet-stream" }, duplex: "half" } as RequestInit));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    let seenRunning = false;
    const watch = setInterval(() => void db.memoryImport.findUnique({ where: { id } }).then((row) => (seenRunning ||= row?.status === "running" && row.bytesRead > 0)), 100);
    await memoryImportSettled(id);
    clearInterval(watch);
    const detail = (await (await detailRoute(new Request(`http://127.0.0.1:3210/api/memory/import/${id}`, { headers: { authorization } }), { params: Promise.resolve({ id }) })).json()) as MemoryImportDetail;
    expect(detail).toMatchObject({ status: "done", imported: probe.units, duplicates: 0, refused: 0, units: probe.units, progress: { bytesRead: probe.bytes, bytesTotal: probe.bytes, unitsRead: probe.units, percent: 100 } });
    expect(probe.bytes).toBeGreaterThan(MEGABYTES * 1024 * 1024);
    expect(seenRunning).toBe(true);
    expect(fs.readdirSync(memoryUploadDir())).toEqual([]);
  }, 120_000);
});
