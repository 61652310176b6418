// Lexical anchors for sentence alignment: what an Indonesian sentence predicts will appear in
// its English translation (dictionary glosses, numbers, names, some punctuation), and what an
// English sentence offers to be matched. Both sides are reduced to the same keys, so matching
// is a set lookup. Pure: the dictionary is passed in as data.

/** Indonesian word (lower case) → English words its translation may contain. */
export type AlignDictionary = ReadonlyMap<string, readonly string[]>;

/** English words too common to say anything about which sentence is which. */
const ENGLISH_STOP = new Set(["the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "is", "are", "was", "were", "be", "been", "by", "with", "as", "that", "this", "it", "its", "from", "has", "have", "had", "not", "will", "would", "can", "which", "who", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our"]);

/** Crude English stem so "governments"/"government", "said"/"says" meet: enough for anchors. */
export function stemEnglish(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith("es")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** "1.000", "1,000" and "1000" are one number; "2,5" and "2.5" too. */
const numberKey = (digits: string): string => `#${digits.replace(/[.,]/g, "")}`;

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’-]\p{L}+)*|[?!%$"“”()]/gu;

function punctuationKey(token: string): string | null {
  if (token === "?" || token === "!" || token === "%" || token === "$") return `@${token}`;
  if (token === "(" || token === ")") return "@()";
  if (token === '"' || token === "“" || token === "”") return '@"';
  return null;
}

// Stemmed glosses per word, worked out once per dictionary: an article asks for the same words again and again.
const stemmedGlosses = new WeakMap<AlignDictionary, Map<string, readonly string[] | null>>();

function glossKeys(dictionary: AlignDictionary, word: string): readonly string[] | null {
  let cache = stemmedGlosses.get(dictionary);
  if (!cache) stemmedGlosses.set(dictionary, (cache = new Map()));
  let keys = cache.get(word);
  if (keys === undefined) {
    const glosses = dictionary.get(word);
    keys = glosses ? [...new Set(glosses.filter((g) => !ENGLISH_STOP.has(g)).map(stemEnglish))] : null;
    cache.set(word, keys);
  }
  return keys;
}

const englishKeys = new Map<string, string | null>();

/** An English word's key (null for a stop word), memoised: the same few thousand words recur. */
function englishKey(token: string): string | null {
  let key = englishKeys.get(token);
  if (key === undefined) {
    const lower = token.toLowerCase();
    key = ENGLISH_STOP.has(lower) ? null : stemEnglish(lower);
    if (englishKeys.size < 100_000) englishKeys.set(token, key);
  }
  return key;
}

/** Keys an Indonesian sentence predicts for its English side, and how many of its tokens could match. */
export function indonesianAnchors(sentence: string, dictionary: AlignDictionary): { keys: Set<string>; count: number } {
  const keys = new Set<string>();
  let count = 0;
  for (const [token] of sentence.matchAll(TOKEN)) {
    const punctuation = punctuationKey(token);
    if (punctuation) keys.add(punctuation);
    else if (/^\p{N}/u.test(token)) keys.add(numberKey(token));
    else {
      const glosses = glossKeys(dictionary, token.toLowerCase());
      if (glosses) for (const gloss of glosses) keys.add(gloss);
      // A capitalised word is often a name that English keeps as it is.
      if (/^\p{Lu}/u.test(token)) keys.add(stemEnglish(token));
      if (!glosses && !/^\p{Lu}/u.test(token)) continue;
    }
    count++;
  }
  return { keys, count };
}

/** An English sentence's matchable keys, once each. */
export function englishAnchors(sentence: string): string[] {
  const keys = new Set<string>();
  for (const [token] of sentence.matchAll(TOKEN)) {
    const punctuation = punctuationKey(token);
    if (punctuation) keys.add(punctuation);
    else if (/^\p{N}/u.test(token)) keys.add(numberKey(token));
    else {
      const key = englishKey(token);
      if (key !== null) keys.add(key);
    }
  }
  return [...keys];
}

/** Builds the anchor dictionary from (Indonesian word, English gloss) pairs; multiword Indonesian entries are skipped. */
export function buildAlignDictionary(glosses: Iterable<readonly [string, string]>): AlignDictionary {
  const dictionary = new Map<string, Set<string>>();
  for (const [indonesian, english] of glosses) {
    const key = indonesian.trim().toLowerCase();
    if (key === "" || /\s/u.test(key)) continue;
    const words = english.toLowerCase().match(/\p{L}+/gu) ?? [];
    const set = dictionary.get(key) ?? new Set<string>();
    for (const word of words) if (!ENGLISH_STOP.has(word)) set.add(word);
    if (set.size > 0) dictionary.set(key, set);
  }
  return new Map([...dictionary].map(([k, v]) => [k, [...v]]));
}
