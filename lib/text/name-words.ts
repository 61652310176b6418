// Ordinary Indonesian words that are also frequent personal names or name parts ("Agung",
// "Indah", "Putri"). Capitalised, they are more often the name, so they never count as
// evidence of an ordinary word at a sentence start or after an initial.
export const NAME_WORDS: ReadonlySet<string> = new Set(
  `agung indah putri putra jaya sari bintang mulia dewi ayu budi wahyu slamet surya cahaya intan mega kusuma
  sinar setia pratama utama adi bagus hadi rahmat tirta suci murni lestari ratna mutiara bunga melati mawar
  kartika wijaya kencana perdana sejati bayu fajar bulan embun gunawan harapan iman kasih lembah nusa permata
  rahayu santoso sentosa raya teguh tri dwi eka panca ayu ratu raja adil bijak sakti sukma wati yanti kurnia
  berkah damai cinta gading guntur halim harta hidayat indra jati karya langit lintang mahkota mentari nur
  pelangi purnama rama rizki samudra sehat senja setiawan subur sutera tegar wulan yudha`.split(/\s+/).filter(Boolean),
);
