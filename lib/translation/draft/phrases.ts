// Multiword names and fixed expressions, matched case-insensitively, longest first, before
// any single word. Single-word place names live here too because their spelling differs
// from English (Moskow, Tiongkok); they are matched as whole capitalised words.

const DAYS: Record<string, string> = {
  Senin: "Monday", Selasa: "Tuesday", Rabu: "Wednesday", Kamis: "Thursday",
  Jumat: "Friday", "Jum'at": "Friday", Sabtu: "Saturday", Minggu: "Sunday",
};
const MONTHS: Record<string, string> = {
  Januari: "January", Februari: "February", Maret: "March", April: "April", Mei: "May",
  Juni: "June", Juli: "July", Agustus: "August", September: "September",
  Oktober: "October", November: "November", Desember: "December",
};

// "pada hari Senin" and "hari Senin" both read "on Monday"; "bulan Agustus" is "August".
function calendarPhrases(): Record<string, string> {
  const phrases: Record<string, string> = { ...DAYS, ...MONTHS };
  for (const [day, english] of Object.entries(DAYS)) {
    phrases[`hari ${day}`] = `on ${english}`;
    phrases[`pada hari ${day}`] = `on ${english}`;
  }
  for (const [month, english] of Object.entries(MONTHS)) {
    phrases[`bulan ${month}`] = english;
    phrases[`pada bulan ${month}`] = `in ${english}`;
  }
  return phrases;
}

const NAMES: Record<string, string> = {
  "Korea Utara": "North Korea", "Korea Selatan": "South Korea", "Amerika Serikat": "United States",
  AS: "US", PBB: "UN", "Perserikatan Bangsa-Bangsa": "United Nations", "Uni Eropa": "European Union",
  "Perang Korea": "Korean War", "Perang Dunia": "World War", "Perang Dingin": "Cold War",
  "Tentara Merah": "Red Army", "Tanah Air": "homeland", "Timur Tengah": "Middle East",
  "Asia Tenggara": "Southeast Asia", "Laut Cina Selatan": "South China Sea",
  "Laut China Selatan": "South China Sea", "Gedung Putih": "White House",
  "Dewan Keamanan": "Security Council", "Arab Saudi": "Saudi Arabia",
  "Selandia Baru": "New Zealand", "Jalur Gaza": "Gaza Strip", "Tepi Barat": "West Bank",
  Rusia: "Russia", Moskow: "Moscow", Jepang: "Japan", Tiongkok: "China", Ukraina: "Ukraine",
  Inggris: "Britain", Prancis: "France", Perancis: "France", Jerman: "Germany",
  Belanda: "Netherlands", Spanyol: "Spain", Portugis: "Portuguese", Melayu: "Malay",
  Amerika: "America", Eropa: "Europe", Afrika: "Africa", Australia: "Australia",
  Soviet: "Soviet", Kursk: "Kursk", DPRK: "DPRK", NATO: "NATO", Papua: "Papua",
  Kalimantan: "Kalimantan", Washington: "Washington", Palestina: "Palestine",
};

const TITLES: Record<string, string> = {
  "Presiden Rusia": "Russian President", "Presiden AS": "US President",
  "Kepala Staf Umum": "Chief of the General Staff", "Juru bicara": "spokesperson",
  "Komisi Militer Pusat": "Central Military Commission",
  "Kementerian Unifikasi": "Ministry of Unification",
  "Kementerian Luar Negeri": "Foreign Ministry", "Menteri Luar Negeri": "Foreign Minister",
  "Kementerian Pertahanan": "Defence Ministry", "Menteri Pertahanan": "Defence Minister",
  "Perdana Menteri": "Prime Minister", "Wakil Presiden": "Vice President",
  "kepala negara": "head of state", "pemimpin negara": "state leader",
  "angkatan bersenjata": "armed forces", "angkatan darat": "army",
  "pasukan khusus": "special forces", "media pemerintah": "state media",
};

const EXPRESSIONS: Record<string, string> = {
  "tahun lalu": "last year", "bulan lalu": "last month", "minggu lalu": "last week",
  "pada tahun lalu": "last year", "tahun ini": "this year", "tahun depan": "next year",
  "awal tahun ini": "earlier this year", "pada tahun": "in", "pada awal": "in the early",
  "beberapa tahun terakhir": "recent years", "musim gugur": "autumn", "musim semi": "spring",
  "musim panas": "summer", "musim dingin": "winter", "saat ini": "currently",
  "hingga saat ini": "to this day", "sampai saat ini": "to this day", "selama ini": "so far",
  "pada saat": "at the time", "sejak lama": "long ago", "di mana": "where", "di tengah": "amid",
  "terima kasih": "thanks", "berterima kasih": "grateful", "berterima kasih kepada": "thanked",
  "rasa terima kasih": "gratitude", "kerja sama": "cooperation", "bekerja sama": "cooperate",
  "sama sekali": "at all", "satu sama lain": "each other", "luar biasa": "extraordinary",
  "luar negeri": "foreign", "dalam negeri": "domestic", "salah satu": "one of",
  "lebih dari": "more than", "kurang dari": "less than", "lebih lanjut": "further",
  "bahu membahu": "shoulder to shoulder", "pertemuan puncak": "summit",
  "jarak jauh": "long-range", "timbal balik": "mutual", "sesuai dengan": "in line with",
  "tidak sesuai dengan": "not in line with", "sehubungan dengan": "in connection with",
  "mengambil alih": "take over", "tak tergoyahkan": "unwavering", "tidak pernah": "never",
  "tak pernah": "never", "siaran pers": "press release", "pihak ketiga": "third-party",
  "berapa banyak": "how many", "oleh karena itu": "therefore", "karena itu": "therefore",
  "akan tetapi": "however", "tidak hanya": "not only", "tetapi juga": "but also",
  "antara lain": "among others", "secara khusus": "specifically", "secara pribadi": "personally",
  "secara resmi": "officially", "dengan tulus": "sincerely", "dengan sukses": "successfully",
  "kedua negara": "both countries", "saling membantu": "mutual assistance",
  "berulang kali": "repeatedly", "untuk pertama kalinya": "for the first time",
  "pertama kalinya": "first time", "dengan alasan": "arguing", "rakyat Rusia": "Russian people",
  "sedang berlangsung": "ongoing", "masih berlangsung": "still ongoing",
  "bertetangga baik": "good-neighbourly", "medan perang": "battlefield",
  "tidak akan": "will not", "tidak akan pernah": "will never", "musim gugur lalu": "last autumn",
  "menegaskan kembali": "reaffirmed", "merebut kembali": "recapture", "rebut kembali": "recapture",
  "mendapatkan kembali": "regain", "mengambil alih kembali": "retook", "bahasa Inggris": "English",
  "bahasa Arab": "Arabic", "menarik pasukan": "withdraw troops", "menarik pasukannya": "withdraw its troops", "menarik diri": "withdraw",
  "seperti halnya": "like", "ke depan": "ahead", "di sini": "here", "di sana": "there", "sementara itu": "meanwhile",
  "keterangan tertulis": "written statement", "suku bunga": "interest rate", "nilai tukar": "exchange rate", "apa-apa": "anything", "tidak ada": "there is no", "tidak bisa": "cannot", "tidak dapat": "cannot",
  "rumah sakit": "hospital", "meninggal dunia": "died", "di antara": "among", "sebagian besar": "most of", "seluruh dunia": "the whole world", "dan lain-lain": "etc.",
};

export const PHRASES: Readonly<Record<string, string>> = {
  ...calendarPhrases(), ...NAMES, ...TITLES, ...EXPRESSIONS,
};
