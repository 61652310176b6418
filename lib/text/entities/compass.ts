// A place keeps its compass word: "Amerika Utara", "Virginia Barat", "Kalimantan Barat" and
// "Pantai Barat" are one place each, rendered with the direction first in English ("West
// Virginia"), never "America" plus a stray "Utara" or a person called "Virginia Barat".
import { foldWord } from "./fold";
import type { GazetteerEntry } from "./gazetteer";
import type { Token } from "./tokenise";

/** Folded compass words, longest first, with their English. */
const COMPASS: ReadonlyArray<readonly [string[], string]> = [
  [["barat", "daya"], "Southwest"], [["timur", "laut"], "Northeast"], [["barat", "laut"], "Northwest"],
  [["utara"], "North"], [["selatan"], "South"], [["barat"], "West"], [["timur"], "East"], [["tengah"], "Central"],
  [["tenggara"], "Southeast"],
];

/** Ordinary words that name a place with a compass word ("Pantai Barat" is the West Coast). */
const PLACE_HEADS: Readonly<Record<string, string>> = {
  pantai: "Coast", pesisir: "Coast", laut: "Sea", samudra: "Ocean", samudera: "Ocean", teluk: "Bay",
  selat: "Strait", tepi: "Bank", kota: "City", pulau: "Island", benua: "Continent",
};

/** How many tokens from `at` form a compass word, and its English; null when none does. */
export function compassAt(tokens: readonly Token[], at: number): { length: number; english: string } | null {
  for (const [words, english] of COMPASS) {
    const fits = words.every((word, i) => {
      const token = tokens[at + i];
      return token !== undefined && /^\p{Lu}/u.test(token.text) && foldWord(token.text) === word && (i === 0 || /^[ \t]+$/u.test(token.gap));
    });
    if (fits) return { length: words.length, english };
  }
  return null;
}

/** "West Virginia", "North Sumatra", "West Coast": the direction before the place's English. */
export function compassTarget(direction: string, placeWords: readonly string[], entry: GazetteerEntry | null): string {
  const single = placeWords.length === 1 ? PLACE_HEADS[foldWord(placeWords[0] ?? "")] : undefined;
  const place = entry?.english[0] ?? single ?? placeWords.join(" ");
  return `${direction} ${place}`;
}
