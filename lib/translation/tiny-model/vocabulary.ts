// The tiny test model's whole vocabulary: a fixed Indonesian→English word table plus the
// Marian special tokens. Tests import it to compute the output they expect.

/** Indonesian word → English word. Lowercase keys: the tiny tokenizer lowercases its input. */
export const TINY_WORD_TABLE: Readonly<Record<string, string>> = {
  saya: "I",
  kamu: "you",
  dia: "he",
  kami: "we",
  makan: "eat",
  minum: "drink",
  nasi: "rice",
  air: "water",
  kopi: "coffee",
  dan: "and",
  di: "in",
  ke: "to",
  dari: "from",
  yang: "which",
  ini: "this",
  itu: "that",
  tidak: "not",
  akan: "will",
  sudah: "already",
  pergi: "go",
  datang: "come",
  presiden: "president",
  menteri: "minister",
  rusia: "Russia",
  indonesia: "Indonesia",
  jakarta: "Jakarta",
  pemerintah: "government",
  rakyat: "people",
  kota: "city",
  besar: "big",
  baru: "new",
  hari: "day",
  tahun: "year",
  berita: "news",
};

/** Punctuation passes through unchanged and attaches to the previous word, as in Marian. */
export const TINY_PUNCTUATION = [".", ",", "!", "?"] as const;

// Marian convention: </s> first, <unk> second, <pad> last; pad doubles as decoder start.
export const EOS_TOKEN = "</s>";
export const UNK_TOKEN = "<unk>";
export const PAD_TOKEN = "<pad>";

/** SentencePiece marks a word start with this character instead of a space. */
export const WORD_START = "\u2581";

export type TinyVocabulary = {
  /** Pieces in id order. */
  pieces: readonly string[];
  eosId: number;
  unkId: number;
  padId: number;
  /** For every id, the id the decoder emits when it reads that id from the source. */
  targetIdOf: readonly number[];
};

export function buildTinyVocabulary(): TinyVocabulary {
  const sourceWords = Object.keys(TINY_WORD_TABLE);
  const targetWords = Object.values(TINY_WORD_TABLE);
  const pieces = [
    EOS_TOKEN,
    UNK_TOKEN,
    ...sourceWords.map((w) => WORD_START + w),
    ...targetWords.map((w) => WORD_START + w),
    ...TINY_PUNCTUATION,
    PAD_TOKEN,
  ];
  // One id per piece even if a target word is spelled like another entry.
  const unique = [...new Set(pieces)];
  const idOf = new Map(unique.map((piece, id) => [piece, id]));
  const targetIdOf = unique.map((piece, id) => {
    if (!piece.startsWith(WORD_START)) return id;
    const english = TINY_WORD_TABLE[piece.slice(WORD_START.length)];
    // English pieces (and anything unmapped) copy through, like names in a real model.
    return english === undefined ? id : (idOf.get(WORD_START + english) ?? id);
  });
  return {
    pieces: unique,
    eosId: 0,
    unkId: 1,
    padId: unique.length - 1,
    targetIdOf,
  };
}

/**
 * What the tiny model outputs for a sentence built from table words and punctuation.
 * Unknown words become <unk>, which decoding drops. (A word that merely starts with a
 * table word, like "sayang", tokenises into that word plus <unk>; keep test input clean.)
 */
export function expectedTinyTranslation(sentence: string): string {
  const tokens = sentence.toLowerCase().match(/[^\s.,!?]+|[.,!?]/g) ?? [];
  let out = "";
  for (const token of tokens) {
    if ((TINY_PUNCTUATION as readonly string[]).includes(token)) out += token;
    else if (token in TINY_WORD_TABLE) out += (out === "" ? "" : " ") + TINY_WORD_TABLE[token];
  }
  return out.trim();
}
