// The memory routes through their handlers, with real API tokens: editors import and
// remove, readers only see the list; every refusal is a clear status and changes nothing.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/auth/create-user";
import { createApiToken } from "@/lib/auth/api-tokens";
import { ruleFor } from "@/lib/auth/access-rules";
import { decideAccess } from "@/lib/auth/roles";
import { editorAuthorization } from "@/lib/test/accounts";
import { tmxText } from "@/lib/test/memory-import";
import { MAX_INPUT_BYTES } from "@/lib/limits";
import { GET as listRoute, POST as importRoute } from "@/app/api/memory/import/route";
import { DELETE as removeRoute } from "@/app/api/memory/import/[id]/route";

let editor = "";
let reader = "";
beforeAll(async () => {
  ({ authorization: editor } = await editorAuthorization());
  const user = await createUser({ email: "memory-reader@example.com", name: "Rina Reader", password: "correct horse battery", role: "reader" });
  reader = `Bearer ${(await createApiToken(user.id, "test")).token}`;
});
beforeEach(async () => {
  await db.memoryImport.deleteMany();
});

const post = (query: string, body: BodyInit, authorization = editor) =>
  importRoute(new Request(`http://localhost/api/memory/import?${query}`, { method: "POST", body, headers: { authorization }, duplex: "half" } as RequestInit));
const list = (authorization: string) => listRoute(new Request("http://localhost/api/memory/import", { headers: { authorization } }));
const remove = (id: string, authorization = editor) => removeRoute(new Request(`http://localhost/api/memory/import/${id}`, { method: "DELETE", headers: { authorization } }), { params: Promise.resolve({ id }) });

describe("access rules", () => {
  it.each([
    ["/api/memory/import", "GET", "reader", true],
    ["/api/memory/import", "POST", "reader", false],
    ["/api/memory/import", "POST", "editor", true],
    ["/api/memory/import/abc", "DELETE", "reader", false],
    ["/api/memory/import/abc", "DELETE", "editor", true],
    ["/memory", "GET", "reader", true],
  ] as const)("%s %s by a %s: %s", (path, method, role, allowed) => {
    const { level } = ruleFor(path, method);
    expect(level !== null && decideAccess(role, level, false).ok).toBe(allowed);
  });
});

describe("POST /api/memory/import", () => {
  it("imports a TMX body as an editor, named after ?name=, attributed to the editor", async () => {
    const response = await post("format=tmx&name=berita.tmx", tmxText([["Satu.", "One."], ["Dua.", ""]]));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ fileName: "berita.tmx", format: "tmx", imported: 1, duplicates: 0, refused: 1, reasons: { "empty-target": 1 } });
    expect((await db.memoryImport.findFirstOrThrow()).createdByName).toBe("Eda Editor");
  });

  it("imports a Moses pair sent as two form files", async () => {
    const form = new FormData();
    form.set("source", new File(["Satu.\nDua.\n"], "c.id"));
    form.set("target", new File(["One.\nTwo.\n"], "c.en"));
    const response = await post("format=moses", form);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ fileName: "c.id", imported: 2 });
  });

  it.each([
    ["a reader", "format=tsv", "Satu.\tOne.\n", () => reader, 403],
    ["no format", "name=x.tsv", "Satu.\tOne.\n", () => editor, 422],
    ["an empty body", "format=tsv", "", () => editor, 422],
    ["malformed TMX", "format=tmx", "<tmx><header srclang='id'/><body><tu>", () => editor, 422],
    ["a DOCTYPE", "format=tmx", '<!DOCTYPE tmx [<!ENTITY a "b">]><tmx/>', () => editor, 422],
    ["a body past the web limit", "format=tsv", "Satu.\tOne.\n".repeat(Math.ceil(MAX_INPUT_BYTES / 11) + 1), () => editor, 413],
    ["Moses without the form", "format=moses", "Satu.\n", () => editor, 422],
  ])("refuses %s and stores nothing", async (_name, query, body, authorization, status) => {
    const response = await post(query, body, authorization());
    expect(response.status).toBe(status);
    expect((await response.json()) as unknown).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(await db.memoryImport.count()).toBe(0);
    expect(await db.memoryUnit.count()).toBe(0);
  });
});

describe("GET and DELETE", () => {
  it("lets a reader see the imports but not remove one; an editor removes it", async () => {
    const { id } = (await (await post("format=tsv&name=a.tsv", "Satu.\tOne.\n")).json()) as { id: string };
    const listed = await list(reader);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ imports: [{ id, fileName: "a.tsv", format: "tsv", createdByName: "Eda Editor", imported: 1, units: 1 }] });
    expect((await remove(id, reader)).status).toBe(403);
    expect(await db.memoryUnit.count()).toBe(1);
    const removed = await remove(id);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ id, removed: true, units: 1 });
    expect((await remove(id)).status).toBe(404);
  });
});
