// The memory routes through their handlers, with real API tokens: editors import and
// remove, readers only see the list and the progress. An upload is streamed to a file
// beside the database and imported in a worker thread (202, then GET /:id); ?wait=1
// answers when it has ended. Every refusal is a clear status and leaves nothing in memory.
import fs from "node:fs";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createUser } from "@/lib/auth/create-user";
import { createApiToken } from "@/lib/auth/api-tokens";
import { ruleFor } from "@/lib/auth/access-rules";
import { decideAccess } from "@/lib/auth/roles";
import { editorAuthorization } from "@/lib/test/accounts";
import { tmxText } from "@/lib/test/memory-import";
import { GET as listRoute, POST as importRoute } from "@/app/api/memory/import/route";
import { DELETE as removeRoute, GET as detailRoute } from "@/app/api/memory/import/[id]/route";
import { memoryImportSettled } from "./memory-import-queue";
import { memoryUploadDir } from "./upload-files";
import type { MemoryImportDetail } from "./types";
import { describeEachProvider } from "@/lib/test/providers";

const SITE = "http://127.0.0.1:3210";
let editor = "";
let reader = "";
describeEachProvider("memory import API", (provider) => {
  beforeAll(async () => {
    ({ authorization: editor } = await editorAuthorization());
    const user = await createUser({ email: "memory-reader@example.com", name: "Rina Reader", password: "correct horse battery", role: "reader" });
    reader = `Bearer ${(await createApiToken(user.id, "test")).token}`;
  });
  beforeEach(async () => {
    await db.memoryImport.deleteMany();
  });
  afterEach(() => {
    delete process.env.MEMORY_IMPORT_MAX_BYTES;
    resetEnvCache();
  });

  type PostOptions = { authorization?: string; headers?: Record<string, string> };
  const post = (query: string, body: BodyInit | null, { authorization = editor, headers = {} }: PostOptions = {}) =>
    importRoute(new Request(`${SITE}/api/memory/import?${query}`, { method: "POST", body, headers: { authorization, ...headers }, duplex: "half" } as RequestInit));
  const list = (authorization: string) => listRoute(new Request(`${SITE}/api/memory/import`, { headers: { authorization } }));
  const detail = async (id: string, authorization = editor) => (await detailRoute(new Request(`${SITE}/api/memory/import/${id}`, { headers: { authorization } }), { params: Promise.resolve({ id }) })).json() as Promise<MemoryImportDetail>;
  const remove = (id: string, authorization = editor) => removeRoute(new Request(`${SITE}/api/memory/import/${id}`, { method: "DELETE", headers: { authorization } }), { params: Promise.resolve({ id }) });
  const ended = async (id: string) => {
    await memoryImportSettled(id);
    return detail(id);
  };
  const uploadsLeft = () => (fs.existsSync(memoryUploadDir()) ? fs.readdirSync(memoryUploadDir()) : []);
  const nothingInMemory = async () => {
    expect(await db.memoryImport.count({ where: { status: "done" } })).toBe(0);
    expect(await db.memoryUnit.count()).toBe(0);
    expect(uploadsLeft()).toEqual([]);
  };

  describe("access rules", () => {
    it.each([
      ["/api/memory/import", "GET", "reader", true],
      ["/api/memory/import", "POST", "reader", false],
      ["/api/memory/import", "POST", "editor", true],
      ["/api/memory/import/abc", "GET", "reader", true],
      ["/api/memory/import/abc", "DELETE", "reader", false],
      ["/api/memory/import/abc", "DELETE", "editor", true],
      ["/memory", "GET", "reader", true],
    ] as const)("%s %s by a %s: %s", (path, method, role, allowed) => {
      const { level } = ruleFor(path, method);
      expect(level !== null && decideAccess(role, level, false).ok).toBe(allowed);
    });

    it("refuses a cross-site POST and an anonymous one like the proxy would (the route runs outside it)", async () => {
      const crossSite = await post("format=tsv", "Satu.\tOne.\n", { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
      expect(crossSite.status).toBe(403);
      expect(crossSite.headers.get("x-content-type-options")).toBe("nosniff");
      expect((await post("format=tsv", "Satu.\tOne.\n", { authorization: "" })).status).toBe(401);
      expect((await list("")).status).toBe(401);
      await nothingInMemory();
    });
  });

  describe("POST /api/memory/import", () => {
    it("answers 202 at once with the import's address; GET /:id shows it done with its counts", async () => {
      const response = await post("format=tmx&name=berita.tmx", tmxText([["Satu.", "One."], ["Dua.", ""]]), { headers: { "content-type": "application/octet-stream" } });
      expect(response.status).toBe(202);
      const queued = (await response.json()) as { id: string; status: string; location: string };
      expect(queued).toMatchObject({ status: "queued", fileName: "berita.tmx", format: "tmx", location: `/api/memory/import/${queued.id}` });
      expect(response.headers.get("location")).toBe(queued.location);
      expect(await ended(queued.id)).toMatchObject({
        status: "done", fileName: "berita.tmx", createdByName: "Eda Editor", imported: 1, duplicates: 0, refused: 1,
        reasons: { "empty-target": 1 }, refusals: [{ line: 6, code: "empty-target" }], units: 1, progress: { percent: 100 }, error: null,
      });
      expect(await detail(queued.id, reader)).toMatchObject({ status: "done" });
      expect(uploadsLeft()).toEqual([]);
    });

    it("?wait=1 answers when the import has ended, 201 with the counts", async () => {
      const response = await post("format=tsv&name=a.tsv&wait=1", "Satu.\tOne.\nSatu.\tOne.\n");
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ status: "done", fileName: "a.tsv", imported: 1, duplicates: 1, refused: 0 });
    });

    it("takes a multipart form with a `file` field, the format following its extension", async () => {
      const form = new FormData();
      form.set("file", new File([tmxText([["Tiga.", "Three."]])], "korpus.tmx"));
      const response = await post("wait=1", form);
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ fileName: "korpus.tmx", format: "tmx", imported: 1 });
    });

    it("imports a Moses pair sent as two form files", async () => {
      const form = new FormData();
      form.set("source", new File(["Satu.\nDua.\n"], "c.id"));
      form.set("target", new File(["One.\nTwo.\n"], "c.en"));
      const response = await post("format=moses&wait=1", form);
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ fileName: "c.id", format: "moses", imported: 2 });
    });

    it.each([
      ["a reader", "format=tsv", "Satu.\tOne.\n", () => reader, 403, "forbidden"],
      ["no format", "name=x.txt", "Satu.\tOne.\n", () => editor, 422, "invalid-input"],
      ["an unknown format", "format=xliff", "Satu.\tOne.\n", () => editor, 422, "invalid-input"],
      ["an empty body", "format=tsv", "", () => editor, 422, "empty-input"],
      ["a binary file", "format=tmx", "%PDF-1.7\n%âãÏÓ\n1 0 obj", () => editor, 415, "binary-file"],
      ["Moses without the form", "format=moses", "Satu.\n", () => editor, 422, "invalid-input"],
    ])("refuses %s at once and stores nothing", async (_name, query, body, authorization, status, code) => {
      const response = await post(query, body, { authorization: authorization() });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: { code, message: expect.any(String) } });
      expect(await db.memoryImport.count()).toBe(0);
      await nothingInMemory();
    });

    it("answers a declared Content-Length over MEMORY_IMPORT_MAX_BYTES with 413 without reading the body", async () => {
      process.env.MEMORY_IMPORT_MAX_BYTES = String(1024 * 1024);
      resetEnvCache();
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({ pull: (controller) => void (pulled += 1, controller.enqueue(new Uint8Array(64 * 1024))) }, { highWaterMark: 0 });
      const response = await post("format=tmx", body, { headers: { "content-length": String(10 * 1024 * 1024) } });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: "too-large", message: expect.stringContaining("1 MiB") } });
      expect(pulled).toBe(0);
      expect(await db.memoryImport.count()).toBe(0);
      await nothingInMemory();
    });

    it("cuts off a chunked body at the cap: 413, the partial file removed, nothing imported", async () => {
      process.env.MEMORY_IMPORT_MAX_BYTES = String(256 * 1024);
      resetEnvCache();
      const line = new TextEncoder().encode("Satu kalimat panjang.\tOne long sentence.\n".repeat(1000));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({ pull: (controller) => void (sent += line.length, controller.enqueue(line)) }, { highWaterMark: 0 });
      const response = await post("format=tsv", body);
      expect(response.status).toBe(413);
      expect(response.headers.get("connection")).toBe("close");
      // It stopped reading soon after the cap, not at the end of an endless body.
      expect(sent).toBeLessThan(4 * 256 * 1024);
      expect(await db.memoryImport.count()).toBe(0);
      await nothingInMemory();
    });

    it("cuts off a multipart file at the cap too", async () => {
      process.env.MEMORY_IMPORT_MAX_BYTES = String(64 * 1024);
      resetEnvCache();
      const form = new FormData();
      form.set("file", new File(["Satu.\tOne.\n".repeat(20_000)], "big.tsv"));
      const response = await post("", form);
      expect(response.status).toBe(413);
      await nothingInMemory();
    });
  });

  describe("imports that fail while they run", () => {
    it.each([
      ["malformed TMX", "format=tmx", "<tmx><header srclang='id'/><body><tu>", 422, "invalid-input"],
      ["a DOCTYPE", "format=tmx", '<!DOCTYPE tmx [<!ENTITY a "b">]><tmx/>', 422, "invalid-input"],
      ["the wrong encoding (Windows-1252)", "format=tsv", Uint8Array.from([...Buffer.from("Caf"), 0xe9, 0x09, ...Buffer.from("Coffee\n")]), 415, "unsupported-encoding"],
      ["UTF-16 without its byte-order mark", "format=tsv", Buffer.from("Satu.\tOne.\n", "utf16le"), 415, "binary-file"],
    ])("%s: the import is failed with its reason, GET /:id says why, nothing is memory", async (_name, query, body, status, code) => {
      const queued = (await (await post(query, body)).json()) as { id: string };
      expect(await ended(queued.id)).toMatchObject({ status: "failed", imported: 0, units: 0, error: { code, message: expect.any(String) } });
      const waited = await post(`${query}&wait=1`, body);
      expect(waited.status).toBe(status);
      expect(await waited.json()).toMatchObject({ error: { code } });
      await nothingInMemory();
    });

    it("leaves nothing half-written when a TMX breaks after thousands of units were written", async () => {
      const pairs = Array.from({ length: 5000 }, (_, i) => [`Kalimat nomor ${i}.`, `Sentence number ${i}.`] as const);
      const response = await post("format=tmx&wait=1", tmxText(pairs).replace("</body>", "<tu></body>"));
      expect(response.status).toBe(422);
      const { error } = (await response.json()) as { error: { code: string; details: { unitsRead: number } } };
      expect(error.code).toBe("invalid-input");
      expect(error.details.unitsRead).toBeGreaterThan(4000);
      if (provider === "sqlite") {
        // SQLite's fuzzy index is an FTS5 table of its own, kept by triggers: empty too.
        const [indexed] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "MemoryUnitSearch" WHERE "MemoryUnitSearch" MATCH 'nomor'`;
        expect(Number(indexed?.n)).toBe(0);
      }
      await nothingInMemory();
    });
  });

  describe("two imports at once", () => {
    it("runs the second after the first; its pairs already imported count as duplicates", async () => {
      const first = tmxText(Array.from({ length: 3000 }, (_, i) => [`Kalimat pertama ${i}.`, `First sentence ${i}.`] as const));
      const second = tmxText([...Array.from({ length: 20 }, (_, i): [string, string] => [`Kalimat pertama ${i}.`, `First sentence ${i}.`]), ["Baru.", "New."]]);
      // The second is sent once the first is queued (202), while the first one runs.
      const idA = ((await (await post("format=tmx&name=a.tmx", first)).json()) as { id: string }).id;
      const idB = ((await (await post("format=tmx&name=b.tmx", second)).json()) as { id: string }).id;
      expect((await detail(idB)).status).toBe("queued");
      const [doneA, doneB] = await Promise.all([ended(idA), ended(idB)]);
      expect(doneA).toMatchObject({ status: "done", imported: 3000, duplicates: 0 });
      expect(doneB).toMatchObject({ status: "done", imported: 1, duplicates: 20 });
      expect(Date.parse(doneB.startedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(doneA.finishedAt ?? ""));
      expect(await db.memoryUnit.count()).toBe(3001);
    });

    it("takes a queued import off the queue when it is removed; it never runs", async () => {
      const first = tmxText(Array.from({ length: 20_000 }, (_, i) => [`Kalimat ${i} yang agak panjang untuk antrean.`, `Sentence ${i}, long enough for the queue.`] as const));
      const idA = ((await (await post("format=tmx", first)).json()) as { id: string }).id;
      const idB = ((await (await post("format=tsv", "Satu.\tOne.\n")).json()) as { id: string }).id;
      expect((await remove(idB)).status).toBe(200);
      expect(await ended(idA)).toMatchObject({ status: "done", imported: 20_000 });
      await memoryImportSettled(idB);
      expect(await db.memoryImport.findUnique({ where: { id: idB } })).toBeNull();
      expect(await db.memoryUnit.count({ where: { sourceKey: "Satu." } })).toBe(0);
      expect(uploadsLeft()).toEqual([]);
    });
  });

  describe("GET and DELETE", () => {
    it("lets a reader see the imports but not remove one; an editor removes it", async () => {
      const { id } = (await (await post("format=tsv&name=a.tsv&wait=1", "Satu.\tOne.\n")).json()) as { id: string };
      const listed = await list(reader);
      expect(listed.status).toBe(200);
      expect(await listed.json()).toMatchObject({ imports: [{ id, fileName: "a.tsv", format: "tsv", status: "done", createdByName: "Eda Editor", imported: 1, units: 1 }] });
      expect((await remove(id, reader)).status).toBe(403);
      expect(await db.memoryUnit.count()).toBe(1);
      const removed = await remove(id);
      expect(removed.status).toBe(200);
      expect(await removed.json()).toEqual({ id, removed: true, units: 1 });
      expect((await remove(id)).status).toBe(404);
    });

    it("refuses to remove a running import (409)", async () => {
      const running = await db.memoryImport.create({ data: { fileName: "r.tmx", format: "tmx", createdByName: "x", status: "running", heartbeatAt: new Date() } });
      const response = await remove(running.id);
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ error: { code: "import-running" } });
    });
  });
});
