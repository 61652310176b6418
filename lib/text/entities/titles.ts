// Titles and honorifics that stand before a name. They are split off the name ("Presiden
// Rusia Vladimir Putin" → title, place, person) and tell the detector that the name after
// them is a person. Folded, lower case; the longest title wins ("Kepala Staf Umum").
import { foldWord } from "./fold";

const TITLES = [
  "presiden", "wakil presiden", "pemimpin", "pemimpin tertinggi", "ketua", "ketua umum", "wakil ketua",
  "juru bicara", "jubir", "kepala", "kepala staf", "kepala staf umum", "kepala negara", "kepala pemerintahan",
  "menteri", "menteri luar negeri", "menlu", "menteri pertahanan", "menhan", "menteri dalam negeri",
  "mendagri", "menteri keuangan", "menkeu", "perdana menteri", "pm", "wakil perdana menteri",
  "jenderal", "letnan jenderal", "letjen", "mayor jenderal", "mayjen", "brigadir jenderal", "brigjen",
  "marsekal", "laksamana", "kolonel", "kapten", "komandan", "panglima", "gubernur", "wakil gubernur",
  "wali kota", "walikota", "bupati", "raja", "ratu", "pangeran", "putri", "sultan", "paus", "kaisar",
  "kanselir", "duta besar", "dubes", "sekretaris jenderal", "sekjen", "sekretaris negara", "direktur",
  "direktur jenderal", "dirjen", "direktur utama", "dirut", "senator", "anggota", "profesor", "prof",
  "dr", "ir", "drs", "hj", "kh", "bapak", "pak", "ibu", "bu", "tuan", "nyonya", "nona", "tn", "ny", "nn", "sdr", "sdri", "mr", "mrs", "ms",
  "pelatih", "syekh", "syeikh", "imam", "uskup", "kardinal", "pendeta", "ustaz", "kiai", "ayatollah",
  "president", "prime minister", "minister", "general", "chairman", "secretary", "spokesman", "spokesperson",
];

/** Words that are titles only when capitalised, because in lower case they are ordinary nouns. */
const CAPITALISED_ONLY = new Set(["ibu", "bapak", "pak", "bu", "putri", "raja", "ratu", "anggota", "kepala", "imam", "general"]);

const BY_FIRST_WORD = new Map<string, string[][]>();
for (const title of TITLES) {
  const words = title.split(" ");
  const first = words[0] ?? "";
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), words]);
}

/** How many of `words` from index `at` form a title; 0 when none starts there. */
export function titleLengthAt(words: readonly string[], at: number): number {
  const first = words[at];
  if (first === undefined) return 0;
  const folded = foldWord(first);
  const candidates = BY_FIRST_WORD.get(folded);
  if (!candidates) return 0;
  if (CAPITALISED_ONLY.has(folded) && !/^\p{Lu}/u.test(first)) return 0;
  let best = 0;
  for (const title of candidates) {
    const fits = title.every((word, i) => {
      const actual = words[at + i];
      return actual !== undefined && foldWord(actual) === word;
    });
    if (fits) best = Math.max(best, title.length);
  }
  return best;
}
