// POST /api/documents with the article's published English: JSON and multipart.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/documents/route";
import { editorAuthorization } from "@/lib/test/accounts";

const URL_ = "http://localhost/api/documents";
const ID = "Banjir Rendam Demak\n\nBanjir merendam ratusan rumah warga di Demak sejak Senin. Hujan masih turun hingga hari ini.";
const EN = "Floods Hit Demak\n\nFloods have submerged hundreds of homes in Demak since Monday. Rain is still falling today.";

let authorization = "";

beforeEach(async () => {
  await db.document.deleteMany();
  // Ingest is an editor's write: the handler names whoever sent it.
  authorization ||= (await editorAuthorization()).authorization;
});

async function targets(id: string): Promise<(string | null)[]> {
  const segments = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
  return segments.map((s) => s.target);
}

describe("POST /api/documents with a translation", () => {
  it("accepts JSON { text, translation: { text } }", async () => {
    const response = await POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ text: ID, translation: { text: EN } }) }));
    expect(response.status).toBe(202);
    const body = (await response.json()) as { id: string; status: string };
    expect(body.status).toBe("ready");
    expect(await targets(body.id)).toEqual(["Floods Hit Demak", "Floods have submerged hundreds of homes in Demak since Monday.", "Rain is still falling today."]);
  });

  it("names the signed-in editor on the align change", async () => {
    const editor = await editorAuthorization();
    const headers = { "content-type": "application/json", authorization: editor.authorization };
    const response = await POST(new Request(URL_, { method: "POST", headers, body: JSON.stringify({ text: ID, translation: { text: EN } }) }));
    const { id } = (await response.json()) as { id: string };
    expect(await db.change.findFirst({ where: { documentId: id, action: "align" }, select: { actorName: true, actorId: true } })).toEqual({ actorName: editor.user.name, actorId: editor.user.id });
  });

  it("accepts multipart file + translationFile", async () => {
    const form = new FormData();
    form.set("file", new File([ID], "id.txt", { type: "text/plain" }));
    form.set("translationFile", new File([EN], "en.txt", { type: "text/plain" }));
    const response = await POST(new Request(URL_, { method: "POST", headers: { authorization }, body: form }));
    expect(response.status).toBe(202);
    const body = (await response.json()) as { id: string };
    expect((await targets(body.id)).at(-1)).toBe("Rain is still falling today.");
  });

  it("refuses swapped sides with 422 and stores nothing", async () => {
    const response = await POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ text: EN, translation: { text: ID } }) }));
    expect(response.status).toBe(422);
    expect(await db.document.count()).toBe(0);
  });

  it("refuses a translation file in a wrong encoding and stores nothing", async () => {
    const form = new FormData();
    form.set("file", new File([ID], "id.txt", { type: "text/plain" }));
    form.set("translationFile", new File([new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00, 0x00, 0x00, 0x01, 0x02])], "en.txt", { type: "text/plain" }));
    const response = await POST(new Request(URL_, { method: "POST", headers: { authorization }, body: form }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.document.count()).toBe(0);
  });
});
