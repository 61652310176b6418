import { describe, expect, it } from "vitest";
import { findEntities } from "./find-entities";

/** One paragraph per string; each string is one sentence. */
function spot(...sentences: string[]) {
  return findEntities(sentences.map((text, i) => ({ text, paragraphStart: i === 0 })));
}

const triples = (...sentences: string[]) => spot(...sentences).map((list) => list.map((m) => `${m.surface}|${m.key}|${m.type}`));

describe("findEntities: detection in one sentence", () => {
  it.each([
    ["titles split off", "Presiden Rusia Vladimir Putin tiba di Moskow.", ["Rusia|rusia|place", "Vladimir Putin|vladimir putin|person", "Moskow|moskow|place"]],
    ["multi-word title, lower case", "Juru bicara Kremlin Dmitry Peskov menolak.", ["Kremlin|kremlin|organisation", "Dmitry Peskov|dmitry peskov|person"]],
    ["three-word title", "Pada hari Sabtu, Kepala Staf Umum Rusia Valery Gerasimov berbicara.", ["Rusia|rusia|place", "Valery Gerasimov|valery gerasimov|person"]],
    ["title, common noun, name", "Juru bicara kementerian Koo Byoungsam menolak.", ["Koo Byoungsam|koo byoungsam|person"]],
    ["clitic -nya", "Dukungan untuk Putin-nya kuat.", ["Putin|vladimir putin|person"]],
    ["hyphenated given name", "Pemimpin Korea Utara Kim Jong-un hadir.", ["Korea Utara|korea utara|place", "Kim Jong-un|kim jong un|person"]],
    ["short forms", "Korut dan Korsel bertemu di AS.", ["Korut|korea utara|place", "Korsel|korea selatan|place", "AS|amerika serikat|place"]],
    ["dotted acronym", "Pejabat intelijen U.S. mengatakan itu.", ["U.S.|amerika serikat|place"]],
    ["two countries joined by a hyphen", "Dalam perang Rusia-Ukraina itu.", ["Rusia|rusia|place", "Ukraina|ukraina|place"]],
    ["body known by its head part", "Kemarin, Komisi Militer Pusat Korea Utara mengumumkan.", ["Komisi Militer Pusat|komisi militer pusat|organisation", "Korea Utara|korea utara|place"]],
    ["official name with a country", "Kementerian Unifikasi Korea Selatan menolak.", ["Kementerian Unifikasi Korea Selatan|kementerian unifikasi korea selatan|organisation"]],
    ["English organisation word", "kata analis di Seoul-based Korea Research Institute for National Strategy.", ["Seoul|seoul|place", "Korea Research Institute for National Strategy|korea research institute for national strategy|organisation"]],
    ["unknown headed body", "Menurut Kementerian Pertahanan Rusia, serangan gagal.", ["Kementerian Pertahanan Rusia|kementerian pertahanan rusia|organisation"]],
    ["sentence-initial ordinary word", "Kunjungan delegasi Rusia ke Pyongyang berakhir.", ["Rusia|rusia|place", "Pyongyang|pyongyang|place"]],
    ["sentence-initial word before a place", "Pejabat Ukraina membantah klaim Rusia.", ["Ukraina|ukraina|place", "Rusia|rusia|place"]],
    ["function word, day and month", "Dalam pernyataan pada hari Senin, 5 Mei, Kremlin diam.", ["Kremlin|kremlin|organisation"]],
    ["reduplication is not a name", "“Teman-teman Korea Utara bertindak,” kata dia.", ["Korea Utara|korea utara|place"]],
    ["weak head before a place", "Pasukan Korea Utara akhirnya pulang.", ["Korea Utara|korea utara|place"]],
    ["Tanah Air is not an entity", "Mereka membela Tanah Air kita.", []],
    ["place cue types an unknown name", "Pasukan masuk ke wilayah Sunan kemarin.", ["Sunan|sunan|place"]],
    ["languages after bahasa", "Tersedia dalam bahasa Inggris, Korea, Cina Sederhana dan Rusia.", []],
    ["named event", "Itu yang pertama sejak Perang Korea pada 1950-an.", ["Perang Korea|perang korea|other"]],
    ["camel-case brand", "Rilis dari SeaPRwire hari ini.", ["SeaPRwire|seaprwire|organisation"]],
    ["all-caps dateline", "ISTANBUL", ["ISTANBUL|istanbul|place"]],
    ["organisation cue", "Ia bermain untuk klub Oxford United musim ini.", ["Oxford United|oxford united|organisation"]],
  ])("%s", (_, sentence, expected) => {
    expect(triples(sentence)[0]).toEqual(expected);
  });
});

describe("findEntities: document-wide linking", () => {
  it.each([
    ["surname after the full name", ["Presiden Vladimir Putin berbicara.", "Kemudian Putin pergi."], "Putin", "vladimir putin"],
    ["Korean surname comes first", ["Pemimpin Kim Jong Un tiba.", "Putin dan Kim bertemu."], "Kim", "kim jong un"],
    ["surname before the full name", ["Pujian Gerasimov untuk Tentara", "Jenderal Valery Gerasimov memuji pasukan."], "Gerasimov", "valery gerasimov"],
    ["the principal person wins", ["Kim Jong-un datang bersama adiknya, Kim Yo-jong.", "Menurut KCNA, Kim memuji mereka."], "Kim", "kim jong un"],
    ["acronym defined in brackets", ["Badan Pusat Statistik (BPS) mencatat kenaikan.", "Data BPS menunjukkan itu."], "BPS", "badan pusat statistik"],
    ["both spellings share a key", ["Kim Jong-un tiba.", "Kemudian Kim Jong Un pergi."], "Kim Jong Un", "kim jong un"],
  ])("%s", (_, sentences, surface, key) => {
    const found = spot(...sentences).flat().filter((m) => m.surface === surface);
    expect(found.length).toBeGreaterThan(0);
    for (const match of found) expect(match.key).toBe(key);
  });

  it("a bare surname takes the full name's canonical form, type and rendering", () => {
    const [, second] = spot("Jenderal Valery Gerasimov memuji pasukan.", "Pernyataan Gerasimov dibantah.");
    expect(second).toEqual([
      { start: 11, end: 20, surface: "Gerasimov", key: "valery gerasimov", canonical: "Valery Gerasimov", type: "person", target: "Valery Gerasimov" },
    ]);
  });

  it("offsets point at the surface, canonical drops hyphenation, targets come from the gazetteer", () => {
    const sentence = "Surat untuk Kim Jong-un dikirim dari Moskow.";
    const [matches = []] = spot(sentence);
    for (const m of matches) expect(sentence.slice(m.start, m.end)).toBe(m.surface);
    expect(matches.map((m) => [m.canonical, m.target])).toEqual([
      ["Kim Jong Un", "Kim Jong Un"],
      ["Moskow", "Moscow"],
    ]);
  });

  it("a headline word used in lower case in the body is not a name", () => {
    const [headline] = triples("Pujian Putin untuk Tentara Korea Utara dalam Perang", "Putin memuji tentara Korea Utara dalam perang itu.");
    expect(headline).toEqual(["Putin|vladimir putin|person", "Korea Utara|korea utara|place"]);
  });

  it("returns one array per sentence, empty when nothing is found", () => {
    expect(spot("Hujan turun.", "Tidak ada nama di sini.")).toEqual([[], []]);
    expect(findEntities([])).toEqual([]);
  });
});
