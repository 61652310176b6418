// Grammar words, glossed the way they read best word by word. They are matched only as
// whole words (never as the stem of an affixed word) and win over the dictionary, whose
// inverted glosses for them are poor ("dalam" → "deep", "itu" → "the"). "" drops the word:
// "para" only marks a plural, "pun"/"lah" add emphasis English does not need.
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  // Relatives, conjunctions
  yang: "that", dan: "and", atau: "or", serta: "and", tetapi: "but", tapi: "but",
  namun: "however", melainkan: "but rather", sedangkan: "whereas", bahwa: "that",
  karena: "because", sebab: "because", jika: "if", jikalau: "if", kalau: "if", apabila: "if",
  bila: "when", ketika: "when", saat: "when", sementara: "while", selagi: "while",
  meskipun: "although", walaupun: "although", meski: "although", sehingga: "so that",
  agar: "so that", supaya: "so that", maka: "then", lalu: "then", kemudian: "then",
  hingga: "until", sampai: "until", sejak: "since", setelah: "after", sesudah: "after",
  sebelum: "before", selama: "during", seraya: "while", bahkan: "even", yaitu: "namely",
  yakni: "namely", adalah: "is", ialah: "is", merupakan: "is",
  // Prepositions
  di: "in", ke: "to", dari: "from", pada: "on", kepada: "to", untuk: "for", bagi: "for",
  dengan: "with", tanpa: "without", oleh: "by", atas: "for", tentang: "about",
  mengenai: "regarding", terhadap: "toward", antara: "between", dalam: "in", seperti: "like",
  sebagai: "as", menurut: "according to", melalui: "through", menuju: "toward", demi: "for",
  per: "per", antar: "inter", sekitar: "around", sepanjang: "along", bersama: "together",
  // Pronouns and determiners
  saya: "I", aku: "I", kami: "we", kita: "we", kamu: "you", anda: "you", engkau: "you",
  dia: "he", ia: "he", beliau: "he", mereka: "they", ini: "this", itu: "that",
  tersebut: "that", sini: "here", sana: "there", situ: "there", para: "", sang: "the",
  sebuah: "a", seorang: "a", sesuatu: "something", semua: "all", seluruh: "entire",
  setiap: "every", tiap: "each", beberapa: "several", banyak: "many", sedikit: "a little",
  masing: "each", lain: "other", lainnya: "other", sendiri: "own", diri: "self",
  apa: "what", siapa: "who", mana: "which", mengapa: "why", kenapa: "why", bagaimana: "how",
  kapan: "when", berapa: "how many",
  // Aspect, modality, negation
  akan: "will", telah: "has", sudah: "already", sedang: "is", masih: "still", baru: "new",
  pernah: "ever", belum: "not yet", tidak: "not", tak: "not", bukan: "not", jangan: "don't",
  dapat: "can", bisa: "can", boleh: "may", harus: "must", mesti: "must", perlu: "need",
  ingin: "want", mau: "want", hendak: "intend", mungkin: "perhaps", tentu: "certainly",
  juga: "also", hanya: "only", saja: "just", pun: "", lah: "", kah: "", pula: "also",
  lebih: "more", paling: "most", sangat: "very", amat: "very", terlalu: "too", cukup: "enough",
  semakin: "increasingly", makin: "increasingly", kembali: "again", terus: "continue to",
  selalu: "always", sering: "often", jarang: "rarely", segera: "immediately", secara: "",
  sekaligus: "at the same time", hampir: "almost", sekitarnya: "surrounding",
  // Numbers and time
  nol: "zero", satu: "one", dua: "two", tiga: "three", empat: "four", lima: "five",
  enam: "six", tujuh: "seven", delapan: "eight", sembilan: "nine", sepuluh: "ten",
  sebelas: "eleven", seratus: "one hundred", seribu: "one thousand", puluh: "tens",
  ratus: "hundred", ribu: "thousand", juta: "million", miliar: "billion", triliun: "trillion",
  pertama: "first", kedua: "second", ketiga: "third", keempat: "fourth", kelima: "fifth",
  sekarang: "now", kini: "now", nanti: "later", kemarin: "yesterday", besok: "tomorrow",
  tadi: "earlier", dulu: "formerly", sebelumnya: "previously", kemudiannya: "afterwards",
};
