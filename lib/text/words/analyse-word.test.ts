import { describe, expect, it } from "vitest";
import { loadWordDictionary } from "@/lib/dictionary/load-word-dictionary";
import { analyseWord, type WordDictionary } from "./analyse-word";
import { ROOT_TABLE } from "./root-table";

// The real dictionary: a root analysis is only as good as the word list it stands on.
const dictionary = loadWordDictionary();

describe("analyseWord on the hand-written root table", () => {
  it("has at least 100 words", () => expect(ROOT_TABLE.length).toBeGreaterThanOrEqual(100));
  it.each(ROOT_TABLE)("%s → root %s (%s)", (word, root, spelled) => {
    const analysis = analyseWord(word, dictionary);
    expect(analysis.root).toBe(root);
    expect(analysis.spelled).toBe(spelled);
  });
});

describe("analyseWord", () => {
  it("spells out dikirimkan as root kirim, passive di-, -kan", () => {
    const analysis = analyseWord("dikirimkan", dictionary);
    expect(analysis.affixes).toEqual([
      { form: "di-", role: "passive", position: "prefix" },
      { form: "-kan", role: "benefactive", position: "suffix" },
    ]);
    expect(analysis.senses[0]?.gloss).toBe("send");
  });
  it("puts the word's own senses before its root's", () => {
    const senses = analyseWord("pengiriman", dictionary).senses;
    expect(senses[0]).toEqual({ gloss: "delivery", of: "word" });
    expect(senses.some((s) => s.of === "root" && s.gloss === "send")).toBe(true);
  });
  it("answers an unknown word as unknown, with itself as the root, without throwing", () => {
    expect(analyseWord("xyzzyqu", dictionary)).toMatchObject({ root: "xyzzyqu", affixes: [], senses: [], known: false });
    expect(analyseWord("", dictionary)).toMatchObject({ known: false });
  });
  it("keeps case out of the analysis", () => expect(analyseWord("Dikirimkan", dictionary).root).toBe("kirim"));
  it("trusts a reviewed root over the rules", () => {
    const small: WordDictionary = { senses: new Map([["teri", ["anchovy"]]]), roots: new Map([["menteri", "menteri"]]) };
    expect(analyseWord("menteri", small).root).toBe("menteri");
  });
});
