// Cheap English word-order and article fixes applied to the glossed tokens. Each rule is
// local (one or two neighbouring words) and measured on held-out text before it was kept;
// nothing here reorders nouns and adjectives, which a lexicon without word classes gets wrong.

/** Indonesian grammar words after which English wants "the" before a common noun. */
export const PREPOSITIONS = new Set(["di", "ke", "dari", "pada", "dalam", "untuk", "dengan", "oleh", "tentang", "terhadap", "atas", "antara", "melalui", "selama", "sejak", "bagi", "kepada"]);

/** Demonstratives that follow their noun in Indonesian and precede it in English. */
export const DEMONSTRATIVES: Readonly<Record<string, string>> = { ini: "this", itu: "the", tersebut: "the" };

/** English words that already determine a noun phrase, so no second article goes before them. */
const DETERMINERS = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|every|each|all|no|one|two|three|many|several|most|more|other|such)\b/i;

export function hasDeterminer(gloss: string): boolean {
  return DETERMINERS.test(gloss);
}

/** "5.000" → "5,000", "12,5" → "12.5", "10.000-12.000" → "10,000-12,000"; dates and times stay. */
export function englishNumber(text: string): string {
  if (/^\d{1,2}\.\d{2}$/.test(text) || text.includes("/")) return text;
  return text
    .replace(/(\d),(\d)/g, "$1\u0000$2")
    .replace(/(\d)\.(?=\d{3}(?!\d))/g, "$1,")
    .replace(/\u0000/g, ".")
    .replace(/^(\d+)-an$/, "$1s");
}

/** Pronouns that follow their noun as possessors: "negara kami" → "our country". */
export const POSSESSORS: Readonly<Record<string, string>> = { saya: "my", aku: "my", kami: "our", kita: "our", mereka: "their", anda: "your", kamu: "your", dia: "his", beliau: "his" };

/** Words after which English puts the noun in the plural. */
export const QUANTIFIERS = new Set(["beberapa", "banyak", "berbagai", "sejumlah", "para", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "ratusan", "ribuan", "puluhan", "jutaan", "belasan", "semua", "kedua", "aneka", "pelbagai"]);

// Reporting verbs take a pronoun subject after them ("kata mereka" is "they said").
const REPORTING = new Set(["kata", "ujar", "tutur", "ucap", "jelas", "tambah", "tulis", "lanjut", "tegas", "ungkap", "papar", "terang", "imbuh"]);

/** A word whose shape says noun: no verb prefix and not a reporting verb. */
export function isNounShaped(token: { source?: string }): boolean {
  const source = token.source ?? "";
  return !/^(me[mnrlwy]|meng|meny|di(?!a)|ber|ter)/.test(source) && !REPORTING.has(source);
}

