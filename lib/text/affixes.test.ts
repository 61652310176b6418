import { describe, expect, it } from "vitest";
import { affixedReduplication, reduplicationBase, splitClitic, stemCandidates } from "./affixes";

// The first candidate found in this small word list is what a lookup would use.
const KNOWN = new Set([
  "kirim", "kiriman", "tulis", "pukul", "sampai", "ambil", "konfirmasi", "baca", "tanda",
  "juang", "lihat", "rebut", "berani", "sama", "tentara", "negara", "ajar", "kerja", "tahan",
  "buku", "rumah", "dengar", "tinggal", "bom", "besar", "jelas",
]);
const firstKnown = (word: string): string | undefined => stemCandidates(word).find((stem) => KNOWN.has(stem));

describe("stemCandidates", () => {
  it.each([
    ["mengirim", "kirim", "meng- restores k"],
    ["menulis", "tulis", "men- restores t"],
    ["memukul", "pukul", "mem- restores p"],
    ["menyampaikan", "sampai", "meny- restores s, then -kan"],
    ["mengambil", "ambil", "meng- before a vowel-initial stem"],
    ["mengkonfirmasi", "konfirmasi", "meng- keeping k"],
    ["mengonfirmasi", "konfirmasi", "meng- dropping k"],
    ["dibaca", "baca", "di-"],
    ["menandai", "tanda", "men- + -i"],
    ["berjuang", "juang", "ber-"],
    ["terlihat", "lihat", "ter-"],
    ["merebut", "rebut", "me- before r"],
    ["keberanian", "berani", "ke-…-an"],
    ["kebersamaan", "sama", "ke-ber-…-an, two prefix layers"],
    ["tentaranya", "tentara", "-nya"],
    ["negaralah", "negara", "-lah"],
    ["negarakah", "negara", "-kah"],
    ["bukunya", "buku", "-nya"],
    ["rumahpun", "rumah", "-pun"],
    ["belajar", "ajar", "bel-"],
    ["pekerja", "kerja", "pe-"],
    ["pertahanan", "tahan", "per-…-an"],
    ["pengiriman", "kiriman", "prefix before suffix: peng- first"],
    ["mendengarkan", "dengar", "men- + -kan"],
    ["ditinggalkan", "tinggal", "di-…-kan"],
    ["mengebom", "bom", "menge- for one-syllable stems"],
    ["memperbesar", "besar", "memper-"],
    ["diperjelas", "jelas", "diper-"],
  ])("%s → %s (%s)", (word, stem) => {
    expect(firstKnown(word)).toBe(stem);
  });

  it.each([["rumah"], ["di"], ["kan"], [""]])("never offers %j itself or stems shorter than three letters", (word) => {
    const stems = stemCandidates(word);
    expect(stems).not.toContain(word);
    expect(stems.every((stem) => stem.length >= 3)).toBe(true);
  });
});

describe("reduplicationBase", () => {
  it.each([
    ["negara-negara", "negara"],
    ["Teman-teman", "teman"],
    ["saudara-saudaranya", "saudara"],
    ["unit-unit", "unit"],
    ["Rusia-Ukraina", null],
    ["Jong-un", null],
    ["negara", null],
  ])("%s → %s", (word, base) => {
    expect(reduplicationBase(word)).toBe(base);
  });
});

describe("stemCandidates: order and impossible stacks", () => {
  it.each([
    ["diberikan", "beri", ["ikan", "ber"]],
    ["dibuat", "buat", []],
    ["menentukan", "tentu", []],
    ["mempertahankan", "tahan", []],
  ])("%s tries %s before anything shorter", (word, stem, never) => {
    const stems = stemCandidates(word);
    expect(stems).toContain(stem);
    for (const bad of never) expect(stems.indexOf(bad) === -1 || stems.indexOf(bad) > stems.indexOf(stem)).toBe(true);
  });

  it.each([
    ["diberikan", "ikan"],
    ["menberlaku", "laku"],
    ["diberhentikan", "henti"],
  ])("%s never strips di-/me- on top of ber- to reach %s", (word, stem) => {
    expect(stemCandidates(word)).not.toContain(stem);
  });

  it("keeps ke-ber-…-an, a real stack", () => {
    expect(stemCandidates("kebersamaan")).toContain("sama");
  });
});

describe("splitClitic", () => {
  it.each([
    ["padaku", { host: "pada", clitic: "ku" }],
    ["padamu", { host: "pada", clitic: "mu" }],
    ["dirinya", { host: "diri", clitic: "nya" }],
    ["kepadanya", { host: "kepada", clitic: "nya" }],
    ["bukuku", { host: "buku", clitic: "ku" }],
    ["buku", null],
    ["nya", null],
  ])("%s → %j", (word, expected) => {
    expect(splitClitic(word)).toEqual(expected);
  });
});

describe("affixedReduplication", () => {
  it.each([
    ["bertahun-tahun", { base: "tahun", prefix: "ber" }],
    ["berhari-hari", { base: "hari", prefix: "ber" }],
    ["sebesar-besarnya", { base: "besar", prefix: "se" }],
    ["tembak-menembak", { base: "tembak", prefix: "" }],
    ["negara-negara", null],
    ["Rusia-Ukraina", null],
  ])("%s → %j", (word, expected) => {
    expect(affixedReduplication(word)).toEqual(expected);
  });
});
