// Candidate stems for an affixed Indonesian word, most likely first. The caller keeps the
// first candidate that is in the lexicon, so the order matters more than completeness:
// fewer affixes stripped comes first and, among equals, the longer stem ("diberikan" is
// di-beri-kan, never di-ber-ikan "fish").

const MIN_STEM_LENGTH = 3;

// Endings come off from the outside in: particle, then possessive, then derivational suffix.
const PARTICLES = ["lah", "kah", "pun", "tah"];
const POSSESSIVES = ["nya", "ku", "mu"];
const DERIVATIONAL = ["kan", "an", "i"];

const VOWEL = "[aeiou]";

type PrefixRule = { pattern: RegExp; replacement: string; prefix: string };

// meN- and peN- drop the first consonant of the stem and assimilate it into the nasal, so each
// nasal form also tries restoring it.
const PREFIX_RULES: readonly PrefixRule[] = (
  [
    [/^memper(.+)$/, "$1", "memper"], [/^diper(.+)$/, "$1", "diper"], [/^menge(.+)$/, "$1", "me"],
    [new RegExp(`^meny(${VOWEL}.+)$`), "s$1", "me"], [new RegExp(`^meng(${VOWEL}.+)$`), "k$1", "me"],
    [/^meng(.+)$/, "$1", "me"], [new RegExp(`^mem(${VOWEL}.+)$`), "p$1", "me"], [/^mem(.+)$/, "$1", "me"],
    [new RegExp(`^men(${VOWEL}.+)$`), "t$1", "me"], [/^men(.+)$/, "$1", "me"], [/^me([lmnrwy].+)$/, "$1", "me"],
    [new RegExp(`^peny(${VOWEL}.+)$`), "s$1", "pe"], [new RegExp(`^peng(${VOWEL}.+)$`), "k$1", "pe"],
    [/^peng(.+)$/, "$1", "pe"], [new RegExp(`^pem(${VOWEL}.+)$`), "p$1", "pe"], [/^pem(.+)$/, "$1", "pe"],
    [new RegExp(`^pen(${VOWEL}.+)$`), "t$1", "pe"], [/^pen(.+)$/, "$1", "pe"], [/^per(.+)$/, "$1", "per"],
    [/^pe(.+)$/, "$1", "pe"], [/^ber(.+)$/, "$1", "ber"], [/^be(r.+)$/, "$1", "ber"], [/^bel(ajar.*)$/, "$1", "ber"],
    [/^ter(.+)$/, "$1", "ter"], [/^di(.+)$/, "$1", "di"], [/^ke(.+)$/, "$1", "ke"], [/^se(.+)$/, "$1", "se"],
  ] as const
).map(([pattern, replacement, prefix]) => ({ pattern, replacement, prefix }));

// Prefix stacks Indonesian never forms: a verb prefix cannot sit on ber- or on another verb
// prefix ("di-ber-ikan", "me-ber-…"); ke-ber-an (kebersamaan) and per-/pe-ber are real.
const IMPOSSIBLE_INNER: Readonly<Record<string, readonly string[]>> = {
  di: ["ber", "di", "me", "ter", "pe", "ke", "se"],
  me: ["ber", "di", "me", "ter", "ke", "se", "pe"],
  memper: ["ber", "di", "me", "ter", "pe", "per", "ke", "se"],
  diper: ["ber", "di", "me", "ter", "pe", "per", "ke", "se"],
  ber: ["ber", "di", "me", "ter", "pe", "ke"],
  ter: ["ber", "di", "me", "ter"],
  se: ["di", "me", "ter", "se"],
  pe: ["di", "me", "pe"],
  per: ["di", "me", "pe", "per"],
  ke: ["di", "me", "ke"],
};

/** One way to read a word: the stem, the prefixes outermost first, the endings innermost first. */
export type AffixParse = { stem: string; prefixes: string[]; suffixes: string[] };
type Candidate = AffixParse & { cost: number };

function stripEndings(forms: readonly Candidate[], endings: readonly string[], cost: number): Candidate[] {
  const stripped = [...forms];
  for (const form of forms) {
    for (const ending of endings) {
      if (form.stem.endsWith(ending)) {
        stripped.push({ stem: form.stem.slice(0, -ending.length), prefixes: [], suffixes: [ending, ...form.suffixes], cost: form.cost + cost });
      }
    }
  }
  return stripped;
}

function stripPrefixes(form: string, outer?: string): { stem: string; prefix: string }[] {
  const forbidden = outer ? (IMPOSSIBLE_INNER[outer] ?? []) : [];
  return PREFIX_RULES.filter((rule) => !forbidden.includes(rule.prefix) && rule.pattern.test(form)).map((rule) => ({
    stem: form.replace(rule.pattern, rule.replacement),
    prefix: rule.prefix,
  }));
}

/**
 * Readings of a lower-case word, fewest affixes first and longest stem among equals:
 * ending-stripped forms, then one prefix, then a second prefix layer (ke-ber-sama-an).
 * Clitics cost less than derivational affixes. Excludes the word itself and stems shorter
 * than three letters; one reading per stem (the cheapest).
 */
export function affixParses(word: string): AffixParse[] {
  const start: Candidate[] = [{ stem: word, prefixes: [], suffixes: [], cost: 0 }];
  const forms = stripEndings(stripEndings(stripEndings(start, PARTICLES, 0.5), POSSESSIVES, 0.5), DERIVATIONAL, 1);
  const candidates: Candidate[] = [];
  for (const form of forms) {
    candidates.push(form);
    for (const outer of stripPrefixes(form.stem)) {
      candidates.push({ stem: outer.stem, prefixes: [outer.prefix], suffixes: form.suffixes, cost: form.cost + 1 });
      for (const inner of stripPrefixes(outer.stem, outer.prefix)) {
        candidates.push({ stem: inner.stem, prefixes: [outer.prefix, inner.prefix], suffixes: form.suffixes, cost: form.cost + 2 });
      }
    }
  }
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const seen = best.get(candidate.stem);
    if (!seen || candidate.cost < seen.cost) best.set(candidate.stem, candidate);
  }
  best.delete(word);
  // Candidates are returned as they are (their cost rides along unseen): this runs for every unknown word the draft engine meets.
  return [...best.values()].filter((c) => c.stem.length >= MIN_STEM_LENGTH).sort((a, b) => a.cost - b.cost || b.stem.length - a.stem.length);
}

/** The stems of affixParses, in the same order: what the draft engine looks up. */
export function stemCandidates(word: string): string[] {
  return affixParses(word).map((parse) => parse.stem);
}

/** The clitic pronoun on a word ("padaku" → pada + ku), or null. Used for grammar words only. */
export function splitClitic(word: string): { host: string; clitic: "ku" | "mu" | "nya" } | null {
  const match = /^(\p{L}{3,}?)(nya|ku|mu)$/u.exec(word);
  if (!match?.[1] || !match[2]) return null;
  return { host: match[1], clitic: match[2] as "ku" | "mu" | "nya" };
}

/** "negara-negara" → "negara", "saudara-saudaranya" → "saudara"; null when not a reduplication. */
export function reduplicationBase(word: string): string | null {
  const match = /^(\p{L}+)-(\p{L}+)$/u.exec(word);
  if (!match?.[1] || !match[2]) return null;
  const [first, second] = [match[1].toLowerCase(), match[2].toLowerCase()];
  if (first === second) return first;
  const secondForms = stripEndings([{ stem: second, prefixes: [], suffixes: [], cost: 0 }], POSSESSIVES, 0).map((c) => c.stem);
  return secondForms.includes(first) ? first : null;
}

/**
 * Reduplication with an affix: "bertahun-tahun" (ber + tahun-tahun), "tembak-menembak",
 * "sebesar-besarnya". Returns the base and the prefix on the first half, or null.
 */
export function affixedReduplication(word: string): { base: string; prefix: string } | null {
  const match = /^(\p{L}+)-(\p{L}+)$/u.exec(word.toLowerCase());
  if (!match?.[1] || !match[2]) return null;
  const [first, second] = [match[1], match[2]];
  for (const prefix of ["ber", "se", "ter", "ke"]) {
    if (first === `${prefix}${second}` || (first.startsWith(prefix) && second === `${first.slice(prefix.length)}nya`)) {
      return { base: first.slice(prefix.length), prefix };
    }
  }
  if (second.length > first.length && stemCandidates(second).includes(first)) return { base: first, prefix: "" };
  return null;
}
