// A cheap language check for the ingest report: Indonesian running text is full of a small
// set of function words that English (or most other languages) almost never uses. No model,
// no dictionary — just the share of those words.

/** Function words only: frequent, and spelled differently from English words. */
const STOPWORDS = new Set([
  "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu", "dalam", "tidak",
  "akan", "juga", "telah", "sudah", "bahwa", "oleh", "sebagai", "adalah", "atau", "karena",
  "ada", "mereka", "kami", "kita", "saya", "dia", "ia", "para", "tersebut", "bisa", "dapat",
  "lebih", "masih", "hanya", "serta", "namun", "tetapi", "jika", "saat", "ketika", "setelah",
  "sejak", "hingga", "antara", "kepada", "bagi", "tentang", "seperti", "secara", "sangat",
  "belum", "sedang", "kata", "menurut", "yaitu", "agar", "lalu", "kemudian", "tahun", "hari",
  "bulan", "satu", "dua", "tiga", "beberapa", "banyak", "semua", "setiap", "sekitar", "pun",
  "lain", "baru", "apa", "siapa", "mana", "tak", "nya", "sendiri", "harus", "kembali",
]);

/** Texts at or above this share of stopwords read as Indonesian; news prose scores 0.2–0.35. */
const THRESHOLD = 0.12;
/** Too few words to judge: do not warn on a two-word headline. */
const MIN_WORDS = 4;

export function indonesianScore(text: string): { ratio: number; looksIndonesian: boolean } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { ratio: 0, looksIndonesian: false };
  const hits = words.filter((word) => STOPWORDS.has(word)).length;
  const ratio = hits / words.length;
  return { ratio, looksIndonesian: words.length < MIN_WORDS ? hits > 0 : ratio >= THRESHOLD };
}
