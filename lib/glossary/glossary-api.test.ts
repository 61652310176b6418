// The glossary API through its route handlers: shapes, statuses and the TSV download.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as list } from "@/app/api/glossary/route";
import { GET as show, PATCH as patch } from "@/app/api/glossary/[id]/route";
import { POST as merge } from "@/app/api/glossary/merge/route";
import { POST as split } from "@/app/api/glossary/[id]/split/route";
import { entryOf, seedTranslated } from "@/lib/test/glossary-seed";

const BASE = "http://localhost/api/glossary";
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });

beforeAll(async () => {
  await db.document.deleteMany();
  await db.glossaryEntry.deleteMany();
  await seedTranslated("Putin di Moskow\n\nPresiden Rusia Vladimir Putin tiba di Moskow pada hari Senin.", {
    "Presiden Rusia Vladimir Putin tiba di Moskow pada hari Senin.": "Russian President Vladimir Putin arrived in Moscow on Monday.",
  });
});

describe("GET /api/glossary", () => {
  it("lists entries in the documented shape", async () => {
    const response = await list(new Request(`${BASE}?type=place`));
    expect(response.status).toBe(200);
    const { entries } = (await response.json()) as { entries: Record<string, unknown>[] };
    expect(Object.keys(entries[0] ?? {}).sort()).toEqual(["doNotTranslate", "documentCount", "id", "mentionCount", "source", "target", "type", "variants"]);
    expect(entries.map((e) => e.source).sort()).toEqual(["Moskow", "Rusia"]);
  });

  it.each([["tsv"], ["glossary"]])("format=%s downloads TSV", async (format) => {
    const response = await list(new Request(`${BASE}?format=${format}&header=1&q=moskow`));
    expect(response.headers.get("Content-Type")).toMatch(/^text\/tab-separated-values/);
    expect(response.headers.get("Content-Disposition")).toContain("attachment");
    expect(await response.text()).toBe("source\ttarget\ttype\nMoskow\tMoscow\tplace\n");
  });

  it("refuses an unknown format with 422", async () => {
    expect((await list(new Request(`${BASE}?format=xml`))).status).toBe(422);
  });
});

describe("/api/glossary/:id", () => {
  it("GET adds the concordance", async () => {
    const putin = await entryOf("vladimir putin");
    const body = (await (await show(new Request(BASE), params(putin.id))).json()) as { mentions: Record<string, unknown>[] };
    expect(Object.keys(body.mentions[0] ?? {}).sort()).toEqual(["documentId", "documentTitle", "end", "segmentId", "source", "start", "surface", "target"]);
  });

  it.each([
    ["unknown id", "missing", { target: "X" }, 404],
    ["bad type", null, { type: "city" }, 422],
    ["unknown field", null, { key: "x" }, 422],
  ])("PATCH refuses %s", async (_, id, body, status) => {
    const target = id ?? (await entryOf("moskow")).id;
    expect((await patch(new Request(BASE, json("PATCH", body)), params(target))).status).toBe(status);
  });

  it("PATCH saves and answers with the entry", async () => {
    const moskow = await entryOf("moskow");
    const response = await patch(new Request(BASE, json("PATCH", { target: "Moskva", notes: "Russian spelling" })), params(moskow.id));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: moskow.id, target: "Moskva" });
  });

  it("GET is 404 for an unknown id", async () => {
    expect((await show(new Request(BASE), params("missing"))).status).toBe(404);
  });
});

describe("merge and split", () => {
  it("POST /merge and POST /:id/split answer with entries, or 422/404", async () => {
    const rusia = await entryOf("rusia");
    const moskow = await entryOf("moskow");
    expect((await merge(new Request(BASE, json("POST", { keepId: rusia.id, mergeId: rusia.id })))).status).toBe(422);
    const merged = await merge(new Request(BASE, json("POST", { keepId: rusia.id, mergeId: moskow.id })));
    expect(await merged.json()).toMatchObject({ id: rusia.id, variants: ["Moskow"] });
    const splitResponse = await split(new Request(BASE, json("POST", { variant: "Moskow" })), params(rusia.id));
    expect(await splitResponse.json()).toMatchObject({ entry: { source: "Moskow", target: "Moscow" }, from: { id: rusia.id, variants: [] } });
    expect((await split(new Request(BASE, json("POST", { variant: "Moskow" })), params("missing"))).status).toBe(404);
    expect((await split(new Request(BASE, { method: "POST", body: "not json" }), params(rusia.id))).status).toBe(422);
  });
});
