import { describe, expect, it } from "vitest";
import { offeredWords, wordAt } from "./word-at";

describe("wordAt", () => {
  const text = "Paket itu dikirimkan ke Jakarta pada 2024, lihat kompas.com/berita atau www.detik.com. Negara-negara KPK setuju.";
  it.each([
    [0, "Paket"], [12, "dikirimkan"], [20, "dikirimkan"], [10, "dikirimkan"], [93, "Negara-negara"],
  ])("offset %i → %s", (offset, word) => expect(wordAt(text, offset)?.word).toBe(word));
  it.each([
    ["a name inside a sentence", text.indexOf("Jakarta") + 2],
    ["a number", text.indexOf("2024") + 1],
    ["a web address", text.indexOf("kompas") + 2],
    ["a bare www address", text.indexOf("detik") + 1],
    ["an acronym", text.indexOf("KPK") + 1],
    ["punctuation or space", text.indexOf(",") + 1],
  ])("offers nothing for %s", (_, offset) => expect(wordAt(text, offset)).toBeNull());
  it("lists the offered words of a sentence", () =>
    expect(offeredWords("Dia membeli 3 buku di Bandung.").map((s) => s.word)).toEqual(["Dia", "membeli", "buku", "di"]));
  it("takes a capital after a full stop for a sentence start", () => expect(wordAt("Dia pergi. Kemudian pulang.", 12)?.word).toBe("Kemudian"));
  it("never throws on empty or odd text", () => {
    expect(wordAt("", 0)).toBeNull();
    expect(wordAt("…!!", 5)).toBeNull();
  });
});
