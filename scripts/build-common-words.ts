// Writes lib/text/common-words.json: the single-word, lower-case forms of the reviewed lexicon
// (lib/translation/lexicon/reviewed/id-en.tsv) and of the generated dictionary
// (lib/translation/lexicon/id-en.tsv, whose proper nouns keep their capital and so stay out),
// minus words that double as personal names.
// lib/text stays pure and free of the translation layer, so it gets its own copy; a test
// checks the two stay in sync. Run after editing the reviewed lexicon:
//   npx tsx scripts/build-common-words.ts
import fs from "node:fs";
import path from "node:path";
import { NAME_WORDS } from "../lib/text/name-words";

const root = path.resolve(import.meta.dirname, "..");
export const REVIEWED = path.join(root, "lib/translation/lexicon/reviewed/id-en.tsv");
export const GENERATED = path.join(root, "lib/translation/lexicon/id-en.tsv");
export const OUT = path.join(root, "lib/text/common-words.json");

// Days and months are written with a capital: after "A.S." they continue a date, not a new sentence.
const CALENDAR = new Set(
  "januari februari maret april mei juni juli agustus september oktober november desember senin selasa rabu kamis jumat sabtu minggu ahad".split(" "),
);

export function commonWordsFrom(...lexiconTsvs: string[]): string[] {
  const forms = lexiconTsvs
    .join("\n")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t")[0] ?? "")
    .filter((form) => /^\p{Ll}+(?:-\p{Ll}+)?$/u.test(form) && !NAME_WORDS.has(form) && !CALENDAR.has(form));
  return [...new Set(forms)].sort();
}

if (process.argv[1] === import.meta.filename) {
  const words = commonWordsFrom(fs.readFileSync(REVIEWED, "utf8"), fs.readFileSync(GENERATED, "utf8"));
  fs.writeFileSync(OUT, `${JSON.stringify(words, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`Wrote ${words.length} common words to ${OUT}`);
}
