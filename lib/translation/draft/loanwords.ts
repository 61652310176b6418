// English spelling for Indonesian loanwords the lexicon does not know: Indonesian respells
// Latin and English words by regular rules ("transisi" ← transition, "komunitas" ← community),
// so running the rules backwards recovers most of them. Only words with a telltale ending are
// touched; anything else stays unknown (null) and is copied as written.

const ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ksi$/, "ction"],
  [/asi$/, "ation"],
  [/isi$/, "ition"],
  [/usi$/, "ution"],
  [/esi$/, "ession"],
  [/tas$/, "ty"],
  [/isme$/, "ism"],
  [/is$/, "ist"],
  [/if$/, "ive"],
  [/ik$/, "ic"],
  [/al$/, "al"],
  [/er$/, "er"],
  [/or$/, "or"],
  [/ur$/, "ure"],
  [/en$/, "ent"],
  [/an$/, "ant"],
];

// Letters Indonesian spells differently everywhere in a loanword.
function respellStem(stem: string): string {
  return stem
    .replace(/^komun/, "commun")
    .replace(/ku(?=[aeio])/g, "qu")
    .replace(/k(?=[aoulrt])/g, "c")
    .replace(/^k(?=[^h])/, "c")
    .replace(/ks/g, "x")
    .replace(/f(?=i[sz])/g, "ph")
    .replace(/(?<=[aeiou])s(?=[aeiou])/g, "s");
}

/** "transisi" → "transition", "komunitas" → "community"; null when no loanword ending fits. */
export function respellLoanword(word: string): string | null {
  if (word.length < 4 || !/^\p{Ll}+$/u.test(word)) return null;
  for (const [ending, english] of ENDINGS.slice(0, 10)) {
    if (ending.test(word)) return respellStem(word.replace(ending, english));
  }
  return null;
}
