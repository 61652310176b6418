import { describe, expect, it } from "vitest";
import { EOS_TOKEN, PAD_TOKEN, UNK_TOKEN, WORD_START, buildTinyVocabulary, expectedTinyTranslation } from "./vocabulary";

describe("expectedTinyTranslation", () => {
  it.each([
    ["Saya makan nasi.", "I eat rice."],
    ["presiden rusia", "president Russia"],
    ["Kami minum kopi, dia minum air!", "we drink coffee, he drink water!"],
    ["kucing saya", "I"],
    ["kucing", ""],
    ["", ""],
  ])("%j → %j", (sentence, expected) => {
    expect(expectedTinyTranslation(sentence)).toBe(expected);
  });
});

describe("buildTinyVocabulary", () => {
  const vocab = buildTinyVocabulary();
  const idOf = (piece: string) => vocab.pieces.indexOf(piece);

  it("follows Marian's special-token layout", () => {
    expect(vocab.pieces[vocab.eosId]).toBe(EOS_TOKEN);
    expect(vocab.pieces[vocab.unkId]).toBe(UNK_TOKEN);
    expect(vocab.pieces[vocab.padId]).toBe(PAD_TOKEN);
    expect(vocab.padId).toBe(vocab.pieces.length - 1);
    expect(new Set(vocab.pieces).size).toBe(vocab.pieces.length);
  });

  it.each([
    [WORD_START + "saya", WORD_START + "I"],
    [WORD_START + "rusia", WORD_START + "Russia"],
    [WORD_START + "Russia", WORD_START + "Russia"],
    [".", "."],
    [EOS_TOKEN, EOS_TOKEN],
    [PAD_TOKEN, PAD_TOKEN],
  ])("maps %j to %j", (source, target) => {
    expect(vocab.targetIdOf[idOf(source)]).toBe(idOf(target));
  });
});
