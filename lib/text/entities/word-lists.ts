// Closed word lists the detector relies on. All folded (lower case, no marks). Each list is
// here because a capitalised word alone does not say "name" in Indonesian: sentences,
// headlines, days and months are capitalised too.

const set = (words: string) => new Set(words.split(/\s+/u).filter((w) => w !== ""));

/** Capitalised only because they open a sentence or a headline; never a name on their own. */
export const FUNCTION_WORDS = set(`
  dalam pada di ke dari untuk dengan dan atau yang ini itu hari bagi oleh kepada tentang sejak sebelum
  setelah sesudah saat ketika namun tetapi tapi karena sebab jika bila apabila kalau meski meskipun
  walaupun selain sebelumnya selanjutnya kemudian lalu menurut para sang si kami kita saya aku ia dia
  mereka anda beliau kedua ketiga sebuah seorang satu ada tidak bukan akan telah sudah juga hanya pun
  sementara sedangkan bahwa agar supaya hingga sampai seperti bagaimana apa siapa mengapa kenapa kapan
  berikut tersebut adapun bahkan akibatnya hal sejumlah semua seluruh setiap banyak beberapa sekitar
  tahun bulan minggu pekan pagi siang sore malam kini saat sekarang nanti kemarin besok lebih paling
  the a an in on at of for and or but with by from to as is are was were this that these those it
`);

/** Days and months: capitalised by rule, never entities on their own. */
export const CALENDAR_WORDS = set(`
  senin selasa rabu kamis jumat jum'at sabtu minggu ahad
  januari februari maret april mei juni juli agustus september oktober november desember
  monday tuesday wednesday thursday friday saturday sunday january february march june july
  august october december
`);

/** Glued with a hyphen to a name but not part of it: "Putin-nya", "Jakarta-lah". */
const CLITICS = set("nya lah kah pun ku mu tah");

/** English compounds in Indonesian text: "Seoul-based" names Seoul, not "Seoul-based". */
const COMPOUND_SUFFIXES = set(`
  based led backed born made style owned run sponsored era linked allied aligned controlled
  funded bound wide like type class occupied held annexed
`);

export function isClitic(folded: string): boolean {
  return CLITICS.has(folded);
}

export function endsName(folded: string): boolean {
  return CLITICS.has(folded) || COMPOUND_SUFFIXES.has(folded);
}

/** Lower-case particles allowed inside a name: "Institute for National Strategy", "bin Salman". */
export const CONNECTORS = set("of for de van der den von bin binti da dos del du al el la le");

/** A capitalised run that starts with one of these is one organisation (or event) name. */
export const NAME_HEADS = new Map<string, "organisation" | "place" | "other">([
  ...[...set(`
    kementerian kemenlu kemhan komisi kantor badan dewan majelis mahkamah pengadilan kejaksaan
    kepolisian partai universitas institut lembaga yayasan perusahaan bank angkatan tentara pasukan
    korps garda dinas direktorat departemen biro pusat organisasi persatuan perhimpunan asosiasi
    federasi liga serikat ikatan akademi sekolah rumah kedutaan konsulat parlemen senat kongres pt cv
  `)].map((w) => [w, "organisation"] as const),
  ...[...set(`
    istana stadion bandara pelabuhan stasiun jalan masjid gereja candi monumen lapangan taman laut
    samudra samudera selat teluk gunung sungai danau pulau kepulauan semenanjung provinsi kabupaten
  `)].map((w) => [w, "place"] as const),
  ...[...set(`
    perang pertempuran operasi konferensi ktt revolusi piala olimpiade festival perjanjian pakta
    deklarasi konsensus traktat resolusi
  `)].map((w) => [w, "other"] as const),
]);

/** English words that make a capitalised run an organisation wherever they sit in it. */
export const ORGANISATION_WORDS = set(`
  institute institution university agency center centre foundation council association party
  ministry commission committee department corporation company group bank network service
  organization organisation office bureau academy school forum alliance league union
  news times post herald journal tribune press
`);

/** Lower-case words just before a name that say "place": "wilayah Kursk", "kota Seoul". */
export const PLACE_CUES = set(`
  wilayah kota provinsi kabupaten desa kecamatan kelurahan pulau kawasan daerah distrik region oblast
  negara bagian ibu perbatasan semenanjung selat teluk gunung sungai danau
`);

/** Lower-case words just before a name that say "organisation": "klub Oxford United". */
export const ORGANISATION_CUES = set(`
  klub partai perusahaan lembaga organisasi kelompok grup harian media maskapai produsen raksasa
  startup merek kantor
`);

/** Words just before a name that say "person": "kata Putin", "menurut Moon Seong Mook". */
export const PERSON_CUES = set(`
  kata ujar ucap tutur tulis jelas imbuh tambah menurut sapaan bernama
`);

/** "bahasa Inggris, Korea, Jepang": names in a language list are languages, not places. */
export const LANGUAGE_CUES = set("bahasa berbahasa");

/** Capitalised by convention but not entities (folded phrases). */
export const NOT_ENTITIES = new Set(["tanah air", "tuhan", "allah", "yang mulia"]);

/** Heads that make a name only with a word of their own: "Tentara Merah Soviet" is a name,
 * "Pasukan Korea Utara" at a sentence start is just "North Korean troops". */
export const WEAK_HEADS = set("tentara pasukan angkatan");

/** Gazetteer names that are also everyday words ("lima" = five, "medan" = field, "baku"). */
export const EVERYDAY_NAMES = set("lima medan baku");
