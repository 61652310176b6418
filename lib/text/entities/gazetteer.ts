// The built-in gazetteer: countries, capitals, major cities, international bodies and a few
// leaders, with Indonesian names and English renderings. Facts live in gazetteer.json so they
// can grow without touching code; this file only indexes them for lookup by folded name.
import data from "./gazetteer.json";
import { foldName, isAcronym } from "./fold";
import type { EntityType } from "./types";

export type GazetteerEntry = {
  key: string;
  canonical: string;
  type: EntityType;
  kind: string;
  /** Indonesian names; the first is canonical. */
  names: readonly string[];
  /** English renderings; the first is preferred. */
  english: readonly string[];
};

type NameRecord = { entry: GazetteerEntry; acronym: boolean };

const TYPES: readonly EntityType[] = ["person", "place", "organisation", "other"];

function toEntry(raw: { type: string; kind: string; id: string[]; en: string[] }): GazetteerEntry {
  const type = TYPES.find((t) => t === raw.type);
  const canonical = raw.id[0];
  const preferred = raw.en[0];
  // A malformed row is a bug in the data file, not an input error: fail loudly at load.
  if (!type || !canonical || !preferred) throw new Error(`gazetteer: bad entry ${JSON.stringify(raw)}`);
  return { key: foldName(canonical), canonical, type, kind: raw.kind, names: raw.id, english: raw.en };
}

export const GAZETTEER: readonly GazetteerEntry[] = data.entries.map(toEntry);

const byName = new Map<string, NameRecord[]>();
const byKey = new Map<string, GazetteerEntry>();
let longestName = 1;

for (const entry of GAZETTEER) {
  byKey.set(entry.key, entry);
  for (const name of entry.names) {
    const folded = foldName(name);
    longestName = Math.max(longestName, folded.split(" ").length);
    const records = byName.get(folded) ?? [];
    records.push({ entry, acronym: isAcronym(name) });
    byName.set(folded, records);
  }
}

/** The most words any gazetteer name has; bounds the scan for the longest match. */
export const LONGEST_NAME_WORDS = longestName;

/** The entry whose Indonesian name or short form `surface` is; acronyms only match in capitals. */
export function lookupName(surface: string): GazetteerEntry | null {
  const records = byName.get(foldName(surface));
  if (!records) return null;
  const shouted = !/\p{Ll}/u.test(surface);
  const record = records.find((r) => !r.acronym || shouted);
  return record?.entry ?? null;
}

export function entryByKey(key: string): GazetteerEntry | null {
  return byKey.get(key) ?? null;
}
