// The dictionary and saved-words API through the real handlers: shapes, bad input, one
// entry per word, and every person seeing and changing only their own words.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedAccounts, TEST_SITE, type TestAccounts } from "@/lib/test/accounts";
import { seedDocument } from "@/lib/test/segment-seed";
import { importAnkiText } from "@/lib/test/anki-text-import";
import { GET as lookUp } from "@/app/api/dictionary/route";
import { GET as examples } from "@/app/api/dictionary/examples/route";
import { GET as listWords, POST as postWord } from "@/app/api/words/route";
import { DELETE as deleteWord, PATCH as patchWord } from "@/app/api/words/[id]/route";
import { GET as exportWords } from "@/app/api/words/export/route";
import { describeEachProvider } from "@/lib/test/providers";

describeEachProvider("words API", () => {
  let accounts: TestAccounts;
  let segmentIds: string[];
  beforeAll(async () => {
    accounts = await seedAccounts();
    const seeded = await seedDocument([
      { source: "Paket itu dikirimkan ke Bandung kemarin.", target: "The parcel was sent to Bandung yesterday." },
      { source: "Pengiriman barang tertunda.", target: "The delivery of goods was delayed." },
      { source: "Dia mengirim surat.", target: "She sent a letter." },
      { source: "Kafe baru di SÉMARANG ramai.", target: "A new café in SEMARANG is busy." },
    ], "Berita kiriman");
    segmentIds = seeded.ids;
  });

  const bearer = (role: keyof TestAccounts) => ({ authorization: `Bearer ${accounts[role].token}` });
  const get = (path: string, headers: Record<string, string> = {}) => new Request(`${TEST_SITE}${path}`, { headers: { origin: TEST_SITE, ...headers } });
  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    new Request(`${TEST_SITE}${path}`, { method, headers: { "content-type": "application/json", origin: TEST_SITE, ...headers }, body: JSON.stringify(body) });
  const params = (id: string) => ({ params: Promise.resolve({ id }) });

  describe("GET /api/dictionary", () => {
    it("answers root, affixes and senses", async () => {
      const response = await lookUp(get("/api/dictionary?word=dikirimkan"));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ word: "dikirimkan", root: "kirim", affixes: [{ form: "di-" }, { form: "-kan" }], senses: [{ gloss: "send" }], known: true });
    });
    it("answers an unknown word as not known, never an error", async () => {
      expect(await (await lookUp(get("/api/dictionary?word=blorptak"))).json()).toMatchObject({ known: false, senses: [] });
    });
    it.each(["", "2024", "kompas.com", "dua kata", "x".repeat(65), "https://a.id"])("refuses %j with a 422", async (word) => {
      expect((await lookUp(get(`/api/dictionary?word=${encodeURIComponent(word)}`))).status).toBe(422);
    });
    it("finds other sentences with the same root", async () => {
      const body = await (await examples(get(`/api/dictionary/examples?word=dikirimkan&exclude=${segmentIds[0]}`))).json();
      expect(body.root).toBe("kirim");
      expect(body.examples.map((e: { segmentId: string }) => e.segmentId).sort()).toEqual([segmentIds[1], segmentIds[2]].sort());
    });
  });

  describe("/api/words", () => {
    it("401s without an account", async () => {
      expect((await listWords(get("/api/words"))).status).toBe(401);
      expect((await postWord(send("POST", "/api/words", { word: "rumah" }))).status).toBe(401);
    });
    it("saves a word with its sentence pair, and a second save keeps one entry", async () => {
      const first = await postWord(send("POST", "/api/words", { word: "Dikirimkan", segmentId: segmentIds[0] }, bearer("reader")));
      expect(first.status).toBe(201);
      const { word } = await first.json();
      expect(word).toMatchObject({ word: "dikirimkan", root: "kirim", status: "new", documentTitle: "Berita kiriman", target: "The parcel was sent to Bandung yesterday." });
      const again = await postWord(send("POST", "/api/words", { word: "dikirimkan", segmentId: segmentIds[1] }, bearer("reader")));
      expect(again.status).toBe(200);
      expect((await again.json()).word.id).toBe(word.id);
      expect(await db.savedWord.count({ where: { userId: accounts.reader.user.id, word: "dikirimkan" } })).toBe(1);
    });
    it("refuses a non-word and an unknown segment, saving nothing", async () => {
      const before = await db.savedWord.count();
      expect((await postWord(send("POST", "/api/words", { word: "123" }, bearer("reader")))).status).toBe(422);
      expect((await postWord(send("POST", "/api/words", { word: "rumah", segmentId: "nope" }, bearer("reader")))).status).toBe(404);
      expect(await db.savedWord.count()).toBe(before);
    });
    it("changes status, and lists, searches and sorts only my words", async () => {
      const { word } = await (await postWord(send("POST", "/api/words", { word: "pengiriman", segmentId: segmentIds[1] }, bearer("reader")))).json();
      const patched = await patchWord(send("PATCH", `/api/words/${word.id}`, { status: "learning" }, bearer("reader")), params(word.id));
      expect((await patched.json()).status).toBe("learning");
      expect((await patchWord(send("PATCH", `/api/words/${word.id}`, { status: "mastered" }, bearer("reader")), params(word.id))).status).toBe(422);
      await postWord(send("POST", "/api/words", { word: "surat" }, bearer("editor")));
      const mine = await (await listWords(get("/api/words?sort=word", bearer("reader")))).json();
      expect(mine.words.map((w: { word: string }) => w.word)).toEqual(["dikirimkan", "pengiriman"]);
      const searched = await (await listWords(get("/api/words?q=delivery", bearer("reader")))).json();
      expect(searched.words.map((w: { word: string }) => w.word)).toEqual(["pengiriman"]);
    });
    it("404s on someone else's word, changing nothing", async () => {
      const { word } = await (await postWord(send("POST", "/api/words", { word: "barang" }, bearer("editor")))).json();
      expect((await patchWord(send("PATCH", `/api/words/${word.id}`, { status: "known" }, bearer("reader")), params(word.id))).status).toBe(404);
      expect((await deleteWord(get(`/api/words/${word.id}`, bearer("reader")), params(word.id))).status).toBe(404);
      expect((await db.savedWord.findUniqueOrThrow({ where: { id: word.id } })).status).toBe("new");
      expect((await deleteWord(get(`/api/words/${word.id}`, bearer("editor")), params(word.id))).status).toBe(200);
    });
    it("exports an Anki file that parses into one five-field row per word", async () => {
      const response = await exportWords(get("/api/words/export?format=anki", bearer("reader")));
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      const { rows } = importAnkiText(await response.text());
      expect(rows.map((r) => r[2])).toEqual(["dikirimkan", "pengiriman"]);
      expect(rows[0]?.[0]).toContain("<b>dikirimkan</b>");
      expect(rows[0]?.[4]).toContain(`#segment-${segmentIds[0]}`);
      expect((await exportWords(get("/api/words/export?format=pdf", bearer("reader")))).status).toBe(422);
    });
    it("searches in any ASCII case, as SQLite's LIKE does, on both providers", async () => {
      await postWord(send("POST", "/api/words", { word: "kafe", segmentId: segmentIds[3] }, bearer("reader")));
      const search = async (q: string) =>
        ((await (await listWords(get(`/api/words?q=${encodeURIComponent(q)}&sort=word`, bearer("reader")))).json()) as { words: { word: string }[] }).words.map((w) => w.word);
      expect(await search("BANDUNG")).toEqual(["dikirimkan"]);
      expect(await search("semarang")).toEqual(["kafe"]);
      expect(await search("Kafe Baru")).toEqual(["kafe"]);
      // Only A–Z fold: "sémarang" is not "SÉMARANG" (SQLite's LIKE; PostgreSQL says the same).
      expect(await search("sémarang")).toEqual([]);
      expect(await search("café")).toEqual(["kafe"]);
    });
  });
});
