// A learner's view of one Indonesian word: its root, its affixes spelled out
// (di-kirim-kan → di- + kirim + -kan) and the dictionary senses, most likely first. Pure:
// the dictionary is passed in as data, so the API, the CLI and the tests share one answer.
import { affixParses, affixedReduplication, reduplicationBase, type AffixParse } from "../affixes";
import { affixRole, type AffixRole } from "./affix-roles";

export type WordDictionary = {
  /** Headword (lower case) → English senses, usual sense first. */
  readonly senses: ReadonlyMap<string, readonly string[]>;
  /** Hand-reviewed form → root ("mengatakan" → "kata"): trusted before any rule. */
  readonly roots: ReadonlyMap<string, string>;
};

export type Affix = { form: string; role: AffixRole; position: "prefix" | "suffix" | "reduplication" };
export type WordSense = { gloss: string; of: "word" | "root" };
export type WordAnalysis = { word: string; root: string; affixes: Affix[]; spelled: string; senses: WordSense[]; known: boolean };

// Prefixes that make words freely (verbs, passives): trusted even when the whole word is a
// headword. Bare ke-, se-, pe- and per- are not: kepala, sejarah and perang are roots.
const PRODUCTIVE = new Set(["di", "me", "ber", "ter", "memper", "diper"]);
const INFLECTION = new Set(["nya", "ku", "mu", "lah", "kah", "pun", "tah"]);

function isPlausible(parse: AffixParse, lower: string, selfKnown: boolean): boolean {
  if (!selfKnown) return true;
  if (parse.prefixes.length === 0) return parse.suffixes.every((s) => INFLECTION.has(s));
  const outer = parse.prefixes[0] ?? "";
  // A nasal pe(N)- makes doers freely (penulis, pembaca); bare pe- words are mostly roots (pesan, pekan).
  if (outer === "pe" && /^pe(?:ng|ny|m|n)/.test(lower)) return true;
  return PRODUCTIVE.has(outer) || parse.suffixes.some((s) => s === "an" || s === "kan" || s === "i");
}

const PREFIX_SPELLINGS: readonly [string, string][] = [
  ["memper", "memper"], ["diper", "diper"], ["menge", "me"], ["meng", "me"], ["meny", "me"], ["mem", "me"], ["men", "me"], ["me", "me"],
  ["penge", "pe"], ["peng", "pe"], ["peny", "pe"], ["pem", "pe"], ["pen", "pe"], ["per", "per"], ["pel", "pe"], ["pe", "pe"], ["ber", "ber"], ["bel", "ber"],
  ["be", "ber"], ["ter", "ter"], ["di", "di"], ["ke", "ke"], ["se", "se"],
];
const SUFFIX_SPELLINGS = ["kannya", "annya", "inya", "kan", "an", "i", "nya", "ku", "mu", "lah", "kah", "pun"];

/** A reviewed root the rules cannot reach (di-ke-tahu-i): the affixes are read off around it. */
function splitAround(lower: string, root: string): AffixParse {
  let at = lower.indexOf(root);
  let rootLength = root.length;
  if (at < 0) (at = lower.indexOf(root.slice(1))), (rootLength = root.length - 1); // a nasal took the first sound
  if (at < 0) return { stem: root, prefixes: [], suffixes: [] };
  const prefixes: string[] = [];
  let head = lower.slice(0, at);
  while (head !== "") {
    const match = PREFIX_SPELLINGS.find(([spelling]) => head.startsWith(spelling));
    if (!match) return { stem: root, prefixes: [], suffixes: [] };
    prefixes.push(match[1]);
    head = head.slice(match[0].length);
  }
  const tail = lower.slice(at + rootLength);
  const suffix = SUFFIX_SPELLINGS.find((s) => s === tail);
  const suffixes = tail === "" ? [] : suffix === "kannya" ? ["kan", "nya"] : suffix === "annya" ? ["an", "nya"] : suffix === "inya" ? ["i", "nya"] : suffix ? [suffix] : [];
  return { stem: root, prefixes, suffixes };
}

function chooseParse(lower: string, dictionary: WordDictionary, depth = 0): AffixParse {
  const none = { stem: lower, prefixes: [], suffixes: [] };
  const reviewed = dictionary.roots.get(lower);
  if (reviewed !== undefined) {
    if (reviewed === lower) return none;
    const around = splitAround(lower, reviewed);
    return around.prefixes.length + around.suffixes.length > 0 ? around : (affixParses(lower).find((p) => p.stem === reviewed) ?? around);
  }
  const selfKnown = dictionary.senses.has(lower);
  const parse = affixParses(lower).find((p) => (dictionary.senses.get(p.stem)?.length ?? 0) > 0 && isPlausible(p, lower, selfKnown));
  if (!parse) return none;
  // The first known stem may itself be affixed (dikirim-kan, bersamaan): read it again.
  const inner = depth < 2 ? chooseParse(parse.stem, dictionary, depth + 1) : { ...parse, prefixes: [], suffixes: [] };
  if (inner.stem === parse.stem) return parse;
  return { stem: inner.stem, prefixes: [...parse.prefixes, ...inner.prefixes], suffixes: [...inner.suffixes, ...parse.suffixes] };
}

/** meN- always (the nasal notation); peN- only where the word shows the nasal (penulis, not pekerja). */
function prefixForm(code: string, lower: string): string {
  if (code === "me" || (code === "pe" && /^pe(?:ng|ny|m|n)/.test(lower))) return `${code}N-`;
  return `${code}-`;
}

function affixesOf(parse: AffixParse, lower: string): Affix[] {
  return [
    ...parse.prefixes.map((code): Affix => ({ form: prefixForm(code, lower), role: affixRole(code, parse.suffixes), position: "prefix" })),
    ...parse.suffixes.map((code): Affix => ({ form: `-${code}`, role: affixRole(`-${code}`, parse.suffixes), position: "suffix" })),
  ];
}

function sensesOf(lower: string, root: string, dictionary: WordDictionary): WordSense[] {
  const own = (dictionary.senses.get(lower) ?? []).map((gloss): WordSense => ({ gloss, of: "word" }));
  const fromRoot = root === lower ? [] : (dictionary.senses.get(root) ?? []).map((gloss): WordSense => ({ gloss, of: "root" }));
  const seen = new Set<string>();
  return [...own, ...fromRoot].filter((s) => s.gloss !== "" && !seen.has(s.gloss) && (seen.add(s.gloss), true)).slice(0, 8);
}

/** Hyphenated forms: negara-negara (plural), bertahun-tahun (ber- + reduplication), tembak-menembak. */
function reduplicated(lower: string): { base: string; prefix: string } | null {
  const base = reduplicationBase(lower);
  if (base !== null) return { base, prefix: "" };
  return affixedReduplication(lower);
}

export function analyseWord(word: string, dictionary: WordDictionary): WordAnalysis {
  const lower = word.normalize("NFC").toLowerCase();
  const doubled = lower.includes("-") ? reduplicated(lower) : null;
  if (doubled) {
    const inner = analyseWord(doubled.base, dictionary);
    const prefix: Affix[] = doubled.prefix ? [{ form: prefixForm(doubled.prefix, lower), role: affixRole(doubled.prefix, []), position: "prefix" }] : [];
    const affixes = [...prefix, ...inner.affixes, { form: "R", role: "reduplication" as const, position: "reduplication" as const }];
    const senses = sensesOf(lower, inner.root, dictionary);
    return { word, root: inner.root, affixes, spelled: `${doubled.prefix ? `${doubled.prefix}-` : ""}${inner.spelled}-${inner.spelled}`, senses, known: senses.length > 0 };
  }
  const parse = chooseParse(lower, dictionary);
  const senses = sensesOf(lower, parse.stem, dictionary);
  const spelled = [...parse.prefixes.map((code) => prefixForm(code, lower).slice(0, -1)), parse.stem, ...parse.suffixes].join("-");
  return { word, root: parse.stem, affixes: affixesOf(parse, lower), spelled, senses, known: senses.length > 0 };
}
