// Which dotted tokens may end a sentence. The ICU sentence segmenter splits after any
// "word." followed by a capital, which is wrong after titles and initials ("Dr. Budi",
// "Moon S. Mook") — the most common segmentation error in Indonesian news.

/**
 * "prefix": stands before a name or number ("Dr. Budi", "Jl. Merdeka", "No. 5"); never
 *   ends a sentence.
 * "name-part": initials, country initials and company suffixes ("Moon S. Mook", "Presiden U.S.
 *   Donald Trump", "Tbk. (BMAJ) Rina"); ends a sentence only before a word that typically opens
 *   one ("U.S. Namun, …").
 * "phrase-final": closes a list or noun phrase ("dll.", "dkk."); a capital after it
 *   almost always opens a new sentence, so ICU's default (split before a capital) stands.
 *   On the gold files this beats treating them as prefixes: "dll. Semua …" is a real end.
 */
export type AbbreviationKind = "prefix" | "name-part" | "phrase-final";

const PREFIX = new Set([
  "Dr.", "dr.", "Prof.", "Ir.", "Drs.", "Dra.", "H.", "Hj.", "K.H.", "St.", "No.",
  "Jl.", "Jln.", "Gg.", "PT.", "CV.", "Rp.", "Tn.", "Ny.", "Nn.", "Sdr.", "Sdri.", "Bpk.", "Yth.",
  "yth.", "Kol.", "Jend.", "Kapt.", "Let.", "Kec.", "Kab.", "Kel.", "Prov.", "Ds.", "Mr.", "Mrs.",
  "Ms.", "Mgr.", "Pdt.", "Ust.", "Moh.", "Muh.", "Moch.", "a.n.", "s.d.", "u.p.", "d.a.",
  "vs.", "Vol.", "vol.", "hlm.", "Hlm.", "tgl.", "Tgl.", "Fig.", "Sen.", "Rep.", "Gov.",
]);

// Company suffixes belong here: "Ekonom PT Bank Maju Tbk. (BMAJ) Rina Hapsari menilai …".
const NAME_PART = new Set(["U.S.", "A.S.", "U.K.", "R.I.", "P.B.B.", "U.N.", "Tbk.", "Inc.", "Ltd.", "Corp.", "Co.", "Bhd."]);

const PHRASE_FINAL = new Set(["dll.", "dsb.", "dst.", "dkk.", "tsb.", "etc.", "al."]);

const SINGLE_INITIAL = /^\p{Lu}\.$/u;

/** `token` is a whitespace-free word ending in "." with any opening brackets/quotes already removed. */
export function abbreviationKind(token: string): AbbreviationKind | null {
  if (PREFIX.has(token)) return "prefix";
  if (NAME_PART.has(token) || SINGLE_INITIAL.test(token)) return "name-part";
  if (PHRASE_FINAL.has(token)) return "phrase-final";
  return null;
}

/**
 * Capitalised words that open Indonesian sentences but are never names: after "U.S." or an
 * initial they signal a real sentence end. Lower-cased for lookup.
 */
const SENTENCE_OPENERS = new Set([
  "ia", "dia", "mereka", "kami", "kita", "saya", "aku", "anda", "beliau", "namun", "tetapi",
  "sementara", "sedangkan", "selain", "dalam", "pada", "di", "ke", "dari", "untuk", "dengan",
  "ini", "itu", "hal", "menurut", "sebelumnya", "kemudian", "lalu", "selanjutnya", "adapun",
  "bahkan", "oleh", "karena", "meski", "meskipun", "walaupun", "jika", "apabila", "bila", "kalau",
  "saat", "ketika", "setelah", "sebelum", "sejak", "hingga", "sampai", "akibatnya", "para",
  "semua", "seluruh", "banyak", "beberapa", "tidak", "belum", "juga", "yang", "ada", "tak",
  "kini", "sekarang", "selama", "sebanyak", "sekitar", "hanya", "bagi", "tentang", "mengenai",
  "sebagai", "begitu", "demikian", "maka", "sejumlah", "terkait", "the", "it", "he", "she",
  "they", "we", "this", "but", "in",
]);

export function opensSentence(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase());
}
