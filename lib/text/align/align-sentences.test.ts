import { describe, expect, it } from "vitest";
import { alignSentences } from "./align-sentences";
import { buildAlignDictionary } from "./anchors";

const dictionary = buildAlignDictionary([
  ["presiden", "president"], ["banjir", "flood"], ["rumah", "house"], ["warga", "residents"], ["hujan", "rain"],
  ["sekolah", "school"], ["ditutup", "closed"], ["harga", "price"], ["beras", "rice"], ["naik", "rose"],
]);

const shape = (source: string[][], target: string[][]) =>
  alignSentences(source, target, dictionary).map((p) => `${p.source.join("+")}:${p.target.join("+")}`);

describe("alignSentences", () => {
  it.each([
    {
      name: "one to one",
      source: [["Banjir merendam 300 rumah warga.", "Hujan turun sejak Senin."]],
      target: [["The flood submerged 300 residents' houses.", "Rain has fallen since Monday."]],
      expected: ["0:0", "1:1"],
    },
    {
      name: "one Indonesian sentence translated as two",
      source: [["Presiden Joko Widodo meninjau banjir di Demak pada Senin dan berjanji membangun 120 rumah.", "Sekolah ditutup."]],
      target: [["President Joko Widodo visited the flood in Demak on Monday.", "He promised to build 120 houses.", "Schools were closed."]],
      expected: ["0:0+1", "1:2"],
    },
    {
      name: "an English sentence with no Indonesian counterpart stays, one-sided",
      source: [["Harga beras naik 15 persen.", "Sekolah ditutup selama 3 hari."]],
      target: [["The price of rice rose 15 percent.", "This article was first published in our print edition on Tuesday morning.", "Schools were closed for 3 days."]],
      expected: ["0:0", ":1", "1:2"],
    },
    {
      name: "paragraph breaks keep pairs from crossing",
      source: [["Hujan turun sejak Senin."], ["Sekolah ditutup."]],
      target: [["Rain has fallen since Monday."], ["Schools were closed."]],
      expected: ["0:0", "1:1"],
    },
    { name: "empty English side", source: [["Hujan turun."]], target: [], expected: ["0:"] },
    { name: "empty Indonesian side", source: [], target: [["Rain fell."]], expected: [":0"] },
  ])("$name", ({ source, target, expected }) => {
    expect(shape(source, target)).toEqual(expected);
  });

  it("gives a matching pair more confidence than a poor one", () => {
    const [good] = alignSentences([["Harga beras naik 15 persen."]], [["The price of rice rose 15 percent."]], dictionary);
    const [poor] = alignSentences([["Harga beras naik 15 persen."]], [["Nobody in the village expected such a long and dry summer to come."]], dictionary);
    expect(good?.confidence).toBeGreaterThan(0.6);
    expect(poor?.confidence).toBeLessThan(good?.confidence ?? 0);
  });

  it("aligns a long text whose drift exceeds the first band", () => {
    const source = [Array.from({ length: 300 }, (_, k) => `Warga ke-${k} melihat banjir.`)];
    const target = [[...Array.from({ length: 60 }, (_, k) => `Extra English line ${k} here.`), ...Array.from({ length: 300 }, (_, k) => `Resident ${k} saw the flood.`)]];
    const pairs = alignSentences(source, target, dictionary);
    expect(pairs.filter((p) => p.source.length === 1 && p.target.length === 1 && p.target[0] === (p.source[0] ?? 0) + 60)).toHaveLength(300);
  });
});
