import { describe, expect, it } from "vitest";
import { checkTranslationPair } from "./check-translation-pair";

const ID = "Banjir merendam ratusan rumah warga di Demak sejak Senin, dan hujan masih turun hingga hari ini.";
const EN = "Floods have submerged hundreds of homes in Demak since Monday, and rain is still falling today.";

describe("checkTranslationPair", () => {
  it.each([
    { name: "a fair pair", id: ID, en: EN, expected: [] },
    { name: "empty English side", id: ID, en: "  \n ", expected: [{ kind: "error", code: "translation-empty" }] },
    { name: "empty Indonesian side", id: "", en: EN, expected: [{ kind: "error", code: "source-empty" }] },
    { name: "sides swapped", id: EN, en: ID, expected: [{ kind: "error", code: "sides-swapped" }] },
    { name: "English side is Indonesian too", id: ID, en: ID, expected: [{ kind: "error", code: "translation-not-english" }] },
    { name: "English side far shorter", id: `${ID} ${ID} ${ID}`, en: "Floods in Demak.", expected: [{ kind: "warning", code: "length-ratio", ratio: 0.06 }] },
    { name: "English side far longer", id: "Banjir di Demak.", en: `${EN} ${EN}`, expected: [{ kind: "warning", code: "length-ratio", ratio: 11.94 }] },
  ])("$name", ({ id, en, expected }) => {
    expect(checkTranslationPair(id, en)).toEqual(expected);
  });
});
