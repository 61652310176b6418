// Which dotted tokens may end a sentence. The ICU sentence segmenter splits after any
// "word." followed by a capital, which is wrong after titles and initials ("Dr. Budi",
// "Moon S. Mook") — the most common segmentation error in Indonesian news.
import { isCommonWord } from "./common-words";

/**
 * "prefix": stands before a name or number ("Dr. Budi", "Jl. Merdeka", "No. 5"); never
 *   ends a sentence.
 * "contact": stands before a phone number or extension ("Telp. 021 …", "Hp. 0812 …"); ends a
 *   sentence only when no number follows ("… merek HP. Harganya …").
 * "name-part": initials, country initials and company suffixes ("Moon S. Mook", "Presiden U.S.
 *   Donald Trump", "Tbk. (BMAJ) Rina"); ends a sentence only before an ordinary word
 *   ("U.S. Namun, …", "A.S. Seperti …").
 * "phrase-final": closes a list or noun phrase ("dll.", "dkk."); a capital after it
 *   almost always opens a new sentence, so ICU's default (split before a capital) stands.
 *   On the gold files this beats treating them as prefixes: "dll. Semua …" is a real end.
 */
export type AbbreviationKind = "prefix" | "contact" | "name-part" | "phrase-final";

// Matched regardless of case ("JL.", "Jl." and "jl." are one abbreviation), so keyed in lower case.
const lower = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

const PREFIX = lower(`
  Dr. Prof. Ir. Drs. Dra. H. Hj. K.H. St. No. Jl. Jln. Gg. PT. CV. Rp. Tn. Ny. Nn. Sdr. Sdri. Bpk. Yth. Kol. Jend.
  Kapt. Let. Kec. Kab. Kel. Prov. Ds. Mr. Mrs. Ms. Mgr. Pdt. Ust. Moh. Muh. Moch. a.n. s.d. u.p. d.a. vs. Vol. hlm.
  tgl. Fig. Sen. Rep. Gov. Pres. Lt. Rev. Gen. Capt. Col. Sgt. Tb. Rd. RM. Kh. RS. RSUD. RSU. Dsn. Dk. Kp.
  Rt. Rw. Ds. Kom. Brig. Mayjen. Letjen. Dt.
`);

const CONTACT = lower("Telp. Tel. Fax. Faks. Hp. Ext. Tlp. Wa.");

// Company suffixes and Jr./Sr. end a name, which may end a sentence too: "Ekonom PT Bank Maju Tbk.
// (BMAJ) Rina Hapsari menilai …", "… dipimpin John Smith Jr. Ia …".
const NAME_PART = lower("U.S. A.S. U.K. R.I. P.B.B. U.N. Tbk. Inc. Ltd. Corp. Co. Bhd. Jr. Sr.");

const PHRASE_FINAL = lower("dll. dsb. dst. dkk. tsb. etc. al.");

// Upper case only: "s." is the end of a word, "S." an initial.
const SINGLE_INITIAL = /^\p{Lu}\.$/u;

/** `token` is a whitespace-free word ending in "." with any opening brackets/quotes already removed. */
export function abbreviationKind(token: string): AbbreviationKind | null {
  if (SINGLE_INITIAL.test(token)) return "name-part";
  const key = token.toLowerCase();
  if (PREFIX.has(key)) return "prefix";
  if (CONTACT.has(key)) return "contact";
  if (NAME_PART.has(key)) return "name-part";
  if (PHRASE_FINAL.has(key)) return "phrase-final";
  return null;
}

/**
 * Capitalised words that open Indonesian sentences but are never names: after "U.S." or an
 * initial they signal a real sentence end even when the common-word list lacks them.
 */
const SENTENCE_OPENERS = lower(`
  ia dia mereka kami kita saya aku anda beliau namun tetapi sementara sedangkan selain dalam pada di ke dari
  untuk dengan ini itu hal menurut sebelumnya kemudian lalu selanjutnya adapun bahkan oleh karena meski
  meskipun walaupun jika apabila bila kalau saat ketika setelah sebelum sejak hingga sampai akibatnya para
  semua seluruh banyak beberapa tidak belum juga yang ada tak kini sekarang selama sebanyak sekitar hanya
  bagi tentang mengenai sebagai begitu demikian maka sejumlah terkait the it he she they we this but in
`);

/** Whether the word after an abbreviation or initial starts a new sentence: an ordinary word, not a name. */
export function opensSentence(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase()) || isCommonWord(word);
}
