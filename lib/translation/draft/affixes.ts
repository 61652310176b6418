// Candidate stems for an affixed Indonesian word, most likely first. Deliberately simple:
// the caller keeps the first candidate that is in the lexicon, so over-generating is cheap
// and harmless while missing a rule just leaves the word untranslated.

const MIN_STEM_LENGTH = 3;

// Endings come off from the outside in: particle, then possessive, then derivational suffix.
const PARTICLES = ["lah", "kah", "pun", "tah"];
const POSSESSIVES = ["nya", "ku", "mu"];
const DERIVATIONAL = ["kan", "an", "i"];

const VOWEL = "[aeiou]";

// [prefix pattern, replacement] pairs. meN- and peN- drop the first consonant of the stem
// and assimilate it into the nasal, so each nasal form also tries restoring it.
const PREFIX_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^memper(.+)$/, "$1"],
  [/^diper(.+)$/, "$1"],
  [/^menge(.+)$/, "$1"],
  [new RegExp(`^meny(${VOWEL}.+)$`), "s$1"],
  [new RegExp(`^meng(${VOWEL}.+)$`), "k$1"],
  [/^meng(.+)$/, "$1"],
  [new RegExp(`^mem(${VOWEL}.+)$`), "p$1"],
  [/^mem(.+)$/, "$1"],
  [new RegExp(`^men(${VOWEL}.+)$`), "t$1"],
  [/^men(.+)$/, "$1"],
  [/^me([lmnrwy].+)$/, "$1"],
  [new RegExp(`^peny(${VOWEL}.+)$`), "s$1"],
  [new RegExp(`^peng(${VOWEL}.+)$`), "k$1"],
  [/^peng(.+)$/, "$1"],
  [new RegExp(`^pem(${VOWEL}.+)$`), "p$1"],
  [/^pem(.+)$/, "$1"],
  [new RegExp(`^pen(${VOWEL}.+)$`), "t$1"],
  [/^pen(.+)$/, "$1"],
  [/^per(.+)$/, "$1"],
  [/^pe(.+)$/, "$1"],
  [/^ber(.+)$/, "$1"],
  [/^be(r.+)$/, "$1"],
  [/^bel(ajar.*)$/, "$1"],
  [/^ter(.+)$/, "$1"],
  [/^di(.+)$/, "$1"],
  [/^ke(.+)$/, "$1"],
  [/^se(.+)$/, "$1"],
];

function stripEndings(forms: readonly string[], endings: readonly string[]): string[] {
  const stripped = [...forms];
  for (const form of forms) {
    for (const ending of endings) {
      if (form.endsWith(ending)) stripped.push(form.slice(0, -ending.length));
    }
  }
  return stripped;
}

function stripPrefixes(form: string): string[] {
  const stems: string[] = [];
  for (const [pattern, replacement] of PREFIX_RULES) {
    if (pattern.test(form)) stems.push(form.replace(pattern, replacement));
  }
  return stems;
}

/**
 * Stems to try for a lower-case word, in order: for each ending-stripped form (least
 * stripped first) the form itself, then its prefix-stripped stems, then a second prefix
 * layer (ke-ber-sama-an). Excludes the word itself and stems shorter than three letters.
 */
export function stemCandidates(word: string): string[] {
  const forms = stripEndings(stripEndings(stripEndings([word], PARTICLES), POSSESSIVES), DERIVATIONAL);
  const candidates = new Set<string>();
  for (const form of forms) {
    candidates.add(form);
    for (const stem of stripPrefixes(form)) {
      candidates.add(stem);
      for (const inner of stripPrefixes(stem)) candidates.add(inner);
    }
  }
  candidates.delete(word);
  return [...candidates].filter((stem) => stem.length >= MIN_STEM_LENGTH);
}

/** "negara-negara" → "negara", "saudara-saudaranya" → "saudara"; null when not a reduplication. */
export function reduplicationBase(word: string): string | null {
  const match = /^(\p{L}+)-(\p{L}+)$/u.exec(word);
  if (!match?.[1] || !match[2]) return null;
  const [first, second] = [match[1].toLowerCase(), match[2].toLowerCase()];
  if (first === second) return first;
  const secondForms = stripEndings(stripEndings([second], PARTICLES), POSSESSIVES);
  return secondForms.includes(first) ? first : null;
}
