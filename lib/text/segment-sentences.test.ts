import { describe, expect, it } from "vitest";
import { splitSentences } from "./segment-sentences";

const cases: { name: string; paragraph: string; expected: string[] }[] = [
  { name: "empty paragraph", paragraph: "", expected: [] },
  { name: "spaces only", paragraph: "   ", expected: [] },
  { name: "two plain sentences", paragraph: "Hujan turun. Jalan licin.", expected: ["Hujan turun.", "Jalan licin."] },
  { name: "question and exclamation", paragraph: "Siapa datang? Budi datang! Semua senang.", expected: ["Siapa datang?", "Budi datang!", "Semua senang."] },
  { name: "titles before names", paragraph: "Dr. Budi dan Prof. Ir. Ahmad hadir.", expected: ["Dr. Budi dan Prof. Ir. Ahmad hadir."] },
  { name: "religious titles", paragraph: "H. Ahmad dan Hj. Siti serta K.H. Umar datang.", expected: ["H. Ahmad dan Hj. Siti serta K.H. Umar datang."] },
  { name: "street and number", paragraph: "Kantornya di Jl. Merdeka No. 5 Bandung.", expected: ["Kantornya di Jl. Merdeka No. 5 Bandung."] },
  { name: "company prefix", paragraph: "Saham PT. Maju Jaya naik.", expected: ["Saham PT. Maju Jaya naik."] },
  { name: "Tbk. before lower case", paragraph: "PT Maju Tbk. mencatat laba.", expected: ["PT Maju Tbk. mencatat laba."] },
  { name: "Tbk. before a ticker and a name", paragraph: "Ekonom PT Bank Maju Tbk. (BMAJ) Rina Hapsari menilai rupiah stabil.", expected: ["Ekonom PT Bank Maju Tbk. (BMAJ) Rina Hapsari menilai rupiah stabil."] },
  { name: "a.n. and s.d.", paragraph: "Transfer a.n. Budi untuk Senin s.d. Jumat.", expected: ["Transfer a.n. Budi untuk Senin s.d. Jumat."] },
  { name: "single capital initial", paragraph: "Menurut Moon S. Mook, situasinya tegang.", expected: ["Menurut Moon S. Mook, situasinya tegang."] },
  { name: "initial before a sentence opener ends the sentence", paragraph: "Ia butuh vitamin C. Ini penting.", expected: ["Ia butuh vitamin C.", "Ini penting."] },
  { name: "U.S. before a name", paragraph: "Presiden U.S. Donald Trump tiba.", expected: ["Presiden U.S. Donald Trump tiba."] },
  { name: "U.S. before a comma or lower case", paragraph: "Pejabat U.S., Korea Selatan, dan musuh U.S. ini setuju.", expected: ["Pejabat U.S., Korea Selatan, dan musuh U.S. ini setuju."] },
  { name: "U.S. before a sentence opener", paragraph: "Sanksi datang dari U.S. Namun, Rusia menolak.", expected: ["Sanksi datang dari U.S.", "Namun, Rusia menolak."] },
  { name: "dll. before a capital ends the sentence", paragraph: "Ada beras, gula, dll. Semua murah.", expected: ["Ada beras, gula, dll.", "Semua murah."] },
  { name: "dll. before lower case continues", paragraph: "Ada beras, gula, dll. yang murah.", expected: ["Ada beras, gula, dll. yang murah."] },
  { name: "dkk. before lower case continues", paragraph: "Budi dkk. meneliti tanah.", expected: ["Budi dkk. meneliti tanah."] },
  { name: "thousands separator", paragraph: "Sebanyak 15.000 orang hadir.", expected: ["Sebanyak 15.000 orang hadir."] },
  { name: "range", paragraph: "Ada 10.000-12.000 tentara.", expected: ["Ada 10.000-12.000 tentara."] },
  { name: "decimal comma and decimal point", paragraph: "Naik 3,5 juta atau 2.5 persen.", expected: ["Naik 3,5 juta atau 2.5 persen."] },
  { name: "date in parentheses", paragraph: "Pada Senin (28/04) ia tiba.", expected: ["Pada Senin (28/04) ia tiba."] },
  { name: "full date then a sentence", paragraph: "Acara digelar 3 September 2025. Tiket habis.", expected: ["Acara digelar 3 September 2025.", "Tiket habis."] },
  { name: "year then a number opens a sentence", paragraph: "Itu terjadi pada 2024. 10 orang tewas.", expected: ["Itu terjadi pada 2024.", "10 orang tewas."] },
  { name: "rupiah abbreviation before a number", paragraph: "Harganya Rp. 15.000 saja.", expected: ["Harganya Rp. 15.000 saja."] },
  { name: "quote with comma and attribution", paragraph: "“Kami siap,” kata Putin. Ia pergi.", expected: ["“Kami siap,” kata Putin.", "Ia pergi."] },
  { name: "question in quotes with attribution", paragraph: "“Benarkah?” tanya dia. “Ya!” seru Budi.", expected: ["“Benarkah?” tanya dia.", "“Ya!” seru Budi."] },
  { name: "full stop inside quote then capital", paragraph: "Dia menyebutnya “tindakan keji.” Pemerintah membantah.", expected: ["Dia menyebutnya “tindakan keji.”", "Pemerintah membantah."] },
  { name: "full stop inside quote then attribution", paragraph: "“Kami siap.” kata Budi.", expected: ["“Kami siap.” kata Budi."] },
  { name: "straight quotes", paragraph: `"Situasinya sulit." Kyiv membantah.`, expected: [`"Situasinya sulit."`, "Kyiv membantah."] },
  { name: "sentences inside a quotation split", paragraph: `"Kami datang. Kami menang," kata Budi.`, expected: [`"Kami datang.`, `Kami menang," kata Budi.`] },
  { name: "ellipsis before lower case", paragraph: "Dia ragu… lalu pergi.", expected: ["Dia ragu… lalu pergi."] },
  { name: "three dots before lower case", paragraph: "Dia ragu... lalu pergi.", expected: ["Dia ragu... lalu pergi."] },
  { name: "ellipsis before a capital", paragraph: "Dia ragu… Lalu pergi.", expected: ["Dia ragu…", "Lalu pergi."] },
  { name: "URL with query", paragraph: "Lihat https://contoh.id/a.b?x=1. Lalu daftar.", expected: ["Lihat https://contoh.id/a.b?x=1.", "Lalu daftar."] },
  { name: "www URL", paragraph: "Buka www.contoh.id/Berita?Id=3 sekarang.", expected: ["Buka www.contoh.id/Berita?Id=3 sekarang."] },
  { name: "bare domain with a query", paragraph: "Buka contoh.id/Berita?Id=3 sekarang.", expected: ["Buka contoh.id/Berita?Id=3 sekarang."] },
  { name: "URL ending a question", paragraph: "Sudah buka https://contoh.id/x? Belum.", expected: ["Sudah buka https://contoh.id/x?", "Belum."] },
  { name: "e-mail address", paragraph: "Kirim ke redaksi@kabar.co.id. Kami balas.", expected: ["Kirim ke redaksi@kabar.co.id.", "Kami balas."] },
  { name: "line break inside a paragraph", paragraph: "Satu\nDua", expected: ["Satu", "Dua"] },
  { name: "no space after the full stop", paragraph: "akhir.Lalu", expected: ["akhir.Lalu"] },
  // Punctuation-only pieces stay with the sentence before them.
  { name: "end marker after the last sentence", paragraph: "Dua orang mendapat serangan.***", expected: ["Dua orang mendapat serangan.***"] },
  { name: "spaced end marker", paragraph: "Dua orang mendapat serangan. ***", expected: ["Dua orang mendapat serangan. ***"] },
  { name: "end marker between sentences", paragraph: "Hujan turun. *** Jalan licin.", expected: ["Hujan turun. ***", "Jalan licin."] },
  { name: "stray closing quote", paragraph: "Ia pergi. ” Semua diam.", expected: ["Ia pergi. ”", "Semua diam."] },
  { name: "punctuation-only paragraph", paragraph: "***", expected: ["***"] },
  // Abbreviations, matched regardless of case.
  { name: "upper-case street abbreviation", paragraph: "Kantornya di JL. Merdeka NO. 5 Bandung.", expected: ["Kantornya di JL. Merdeka NO. 5 Bandung."] },
  { name: "JLN. and RSUD.", paragraph: "Ia dirawat di RSUD. Cibinong di JLN. Raya Bogor.", expected: ["Ia dirawat di RSUD. Cibinong di JLN. Raya Bogor."] },
  { name: "English titles", paragraph: "Pres. Biden bertemu Lt. Gen. Smith dan Capt. Jones.", expected: ["Pres. Biden bertemu Lt. Gen. Smith dan Capt. Jones."] },
  { name: "Jr. inside a name", paragraph: "Martin Luther King Jr. Memorial dibuka.", expected: ["Martin Luther King Jr. Memorial dibuka."] },
  { name: "Jr. ending a sentence", paragraph: "Tim itu dipimpin John Smith Jr. Ia kemudian mundur.", expected: ["Tim itu dipimpin John Smith Jr.", "Ia kemudian mundur."] },
  { name: "village and neighbourhood", paragraph: "Warga Kp. Melayu Rt. 05 Rw. 02 mengungsi.", expected: ["Warga Kp. Melayu Rt. 05 Rw. 02 mengungsi."] },
  { name: "phone number after Telp.", paragraph: "Hubungi Telp. 021 555 atau Hp. 0812 333.", expected: ["Hubungi Telp. 021 555 atau Hp. 0812 333."] },
  { name: "HP. at a sentence end", paragraph: "Ia membeli laptop HP. Harganya murah.", expected: ["Ia membeli laptop HP.", "Harganya murah."] },
  // After an initial, an ordinary word opens a new sentence; a name continues.
  { name: "A.S. before an ordinary word", paragraph: "Kasus itu sampai ke Mahkamah Agung A.S. Seperti diketahui, putusan belum ada.", expected: ["Kasus itu sampai ke Mahkamah Agung A.S.", "Seperti diketahui, putusan belum ada."] },
  { name: "initial before an ordinary word", paragraph: "Dokumen itu masuk kumpulan B. Rancangan baru menyusul.", expected: ["Dokumen itu masuk kumpulan B.", "Rancangan baru menyusul."] },
  { name: "initial before a name part that is also a word", paragraph: "Kata Bambang S. Putra kepada wartawan.", expected: ["Kata Bambang S. Putra kepada wartawan."] },
  // Brackets and quotations.
  { name: "full stop inside a short bracket", paragraph: "Lihat tabel (hlm. 5. Gambar 2) di bawah.", expected: ["Lihat tabel (hlm. 5. Gambar 2) di bawah."] },
  { name: "long bracket closing just after the full stop", paragraph: "Ia mengutip laporan itu (yang dirilis kemarin oleh kementerian pada pukul sepuluh pagi. Lihat lampiran) dan pergi.", expected: ["Ia mengutip laporan itu (yang dirilis kemarin oleh kementerian pada pukul sepuluh pagi. Lihat lampiran) dan pergi."] },
  { name: "sentence inside a bracket that closes late", paragraph: "Ia datang (sudah lama sekali ia tidak pulang. Semua orang menyambutnya dengan meriah sekali di rumah). Lalu pergi.", expected: ["Ia datang (sudah lama sekali ia tidak pulang.", "Semua orang menyambutnya dengan meriah sekali di rumah).", "Lalu pergi."] },
  { name: "ellipsis inside a quotation", paragraph: "“Saya ragu… Mungkin besok,” katanya.", expected: ["“Saya ragu… Mungkin besok,” katanya."] },
  { name: "ellipsis inside straight quotes", paragraph: `"Saya ragu... Mungkin besok," katanya.`, expected: [`"Saya ragu... Mungkin besok," katanya.`] },
  { name: "ellipsis outside a quotation still ends", paragraph: "“Saya ragu,” katanya… Lalu pergi.", expected: ["“Saya ragu,” katanya…", "Lalu pergi."] },
];

describe("splitSentences", () => {
  it.each(cases)("$name", ({ paragraph, expected }) => {
    expect(splitSentences(paragraph)).toEqual(expected);
  });
});
