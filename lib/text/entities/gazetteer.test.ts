import { describe, expect, it } from "vitest";
import { foldName } from "./fold";
import { GAZETTEER, entryByKey, lookupName } from "./gazetteer";

describe("gazetteer data", () => {
  it("holds the world's countries", () => {
    expect(GAZETTEER.filter((e) => e.kind === "country").length).toBeGreaterThanOrEqual(190);
  });

  it("never gives one spelling to two entries", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of GAZETTEER) {
      for (const name of entry.names) {
        const folded = foldName(name);
        const previous = owner.get(folded);
        if (previous && previous !== entry.key) clashes.push(`${name}: ${previous} / ${entry.key}`);
        owner.set(folded, entry.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["Rusia", "Russia", "place"],
    ["Tiongkok", "China", "place"],
    ["Moskow", "Moscow", "place"],
    ["Amerika Serikat", "United States", "place"],
    ["Korea Selatan", "South Korea", "place"],
    ["Korea Utara", "North Korea", "place"],
    ["Jepang", "Japan", "place"],
    ["Belanda", "Netherlands", "place"],
    ["Ukraina", "Ukraine", "place"],
    ["PBB", "United Nations", "organisation"],
    ["Uni Eropa", "European Union", "organisation"],
    ["NATO", "NATO", "organisation"],
    ["ASEAN", "ASEAN", "organisation"],
    ["Komisi Militer Pusat", "Central Military Commission", "organisation"],
    ["Kementerian Unifikasi Korea Selatan", "South Korea's Ministry of Unification", "organisation"],
    ["KCNA", "Korean Central News Agency", "organisation"],
    ["Pyongyang", "Pyongyang", "place"],
  ])("%s → %s (%s)", (name, english, type) => {
    const entry = lookupName(name);
    expect(entry?.english[0]).toBe(english);
    expect(entry?.type).toBe(type);
  });

  it.each([
    // G20 members
    "Argentina", "Australia", "Brasil", "Kanada", "Tiongkok", "Prancis", "Jerman", "India", "Indonesia", "Italia",
    "Jepang", "Meksiko", "Rusia", "Arab Saudi", "Afrika Selatan", "Korea Selatan", "Turki", "Inggris", "Amerika Serikat",
    // ASEAN members
    "Malaysia", "Singapura", "Thailand", "Filipina", "Vietnam", "Laos", "Kamboja", "Myanmar", "Brunei Darussalam",
  ])("has %s", (name) => {
    expect(lookupName(name)).not.toBeNull();
  });

  it("matches acronyms only in capitals and resolves keys", () => {
    expect(lookupName("AS")?.key).toBe("amerika serikat");
    expect(lookupName("as")).toBeNull();
    expect(entryByKey("korea utara")?.names).toContain("Korut");
    expect(entryByKey("no such key")).toBeNull();
  });
});
