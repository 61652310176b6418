import { describe, expect, it } from "vitest";
import { markRenderings } from "./mark-renderings";

const spans = (target: string, renderings: { key: string; target: string }[]) =>
  markRenderings(target, renderings).map((s) => `${target.slice(s.start, s.end)}|${s.key}`);

describe("markRenderings", () => {
  it.each([
    ["plain rendering", "Putin arrived in Moscow.", [{ key: "moskow", target: "Moscow" }], ["Moscow|moskow"]],
    ["every occurrence", "Moscow and again Moscow.", [{ key: "moskow", target: "Moscow" }], ["Moscow|moskow", "Moscow|moskow"]],
    ["longer rendering wins", "North Korea and Korea.", [{ key: "korea", target: "Korea" }, { key: "korea utara", target: "North Korea" }], ["North Korea|korea utara", "Korea|korea"]],
    ["adjective form", "North Korean troops.", [{ key: "korea utara", target: "North Korea" }], ["North Korean|korea utara"]],
    ["possessive", "Russia's war.", [{ key: "rusia", target: "Russia" }], ["Russia's|rusia"]],
    ["gazetteer alias", "U.S. officials said.", [{ key: "amerika serikat", target: "United States" }], ["U.S.|amerika serikat"]],
    ["person's surname alone", "Gerasimov said Valery Gerasimov.", [{ key: "valery gerasimov", target: "Valery Gerasimov" }], ["Gerasimov|valery gerasimov", "Valery Gerasimov|valery gerasimov"]],
    ["Korean surname first", "Kim met Putin.", [{ key: "kim jong un", target: "Kim Jong Un" }, { key: "vladimir putin", target: "Vladimir Putin" }], ["Kim|kim jong un", "Putin|vladimir putin"]],
    ["hyphen variant", "Kim Jong-un spoke.", [{ key: "kim jong un", target: "Kim Jong Un" }], ["Kim Jong-un|kim jong un"]],
    ["no parts for a body", "The Army of Korea.", [{ key: "tentara korea", target: "Korean People's Army" }], []],
    ["not inside a word", "Russians and Prussia.", [{ key: "rusia", target: "Russia" }], ["Russians|rusia"]],
    ["nothing to mark", "No names here.", [{ key: "moskow", target: "Moscow" }], []],
  ])("%s", (_, target, renderings, expected) => {
    expect(spans(target, renderings)).toEqual(expected);
  });
});
