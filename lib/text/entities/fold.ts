// Folding makes spellings comparable: "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" all fold
// to "kim jong un"; "U.S." to "us"; "Erdoğan" to "erdogan". Keys and lookups both go through
// here so a variant can never miss its entry because of case, marks or punctuation.

export function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "");
}

/** Words split on spaces and hyphens, folded, joined with single spaces. */
export function foldName(name: string): string {
  return name
    .split(/[\s\-‐‑–]+/u)
    .map(foldWord)
    .filter((word) => word !== "")
    .join(" ");
}

/** An acronym must match in capitals: "AS" is the United States, "as" is not. */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}\p{N}]/gu, "");
  return /\p{Lu}/u.test(letters) && !/\p{Ll}/u.test(letters) && letters.length <= 6;
}
