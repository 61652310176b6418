import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAtClauses } from "./split-clauses";

const cases: { name: string; sentence: string; maxChars: number; expected: string[] }[] = [
  { name: "short sentence is untouched", sentence: "Hujan turun.", maxChars: 50, expected: ["Hujan turun."] },
  { name: "empty sentence", sentence: "", maxChars: 10, expected: [] },
  {
    name: "semicolon beats comma",
    sentence: "Harga beras naik, kata pedagang; pembeli mulai mengeluh di pasar.",
    maxChars: 40,
    expected: ["Harga beras naik, kata pedagang;", "pembeli mulai mengeluh di pasar."],
  },
  {
    name: "colon",
    sentence: "Panitia menyiapkan tiga hal: panggung, tenda, dan lampu.",
    maxChars: 40,
    expected: ["Panitia menyiapkan tiga hal:", "panggung, tenda, dan lampu."],
  },
  {
    name: "em dash",
    sentence: "Festival itu — yang digelar tiap tahun — ramai pengunjung.",
    maxChars: 40,
    expected: ["Festival itu — yang digelar tiap tahun —", "ramai pengunjung."],
  },
  {
    name: "comma",
    sentence: "Warga datang sejak pagi hari, lalu antre di depan gerbang.",
    maxChars: 40,
    expected: ["Warga datang sejak pagi hari,", "lalu antre di depan gerbang."],
  },
  {
    name: "comma after a closing quote",
    sentence: "“Kami senang sekali dengan acara ini,” kata seorang pengunjung.",
    maxChars: 45,
    expected: ["“Kami senang sekali dengan acara ini,”", "kata seorang pengunjung."],
  },
  {
    name: "subordinating conjunction starts the next piece",
    sentence: "Jalan ditutup sementara karena ada perbaikan jembatan tua.",
    maxChars: 40,
    expected: ["Jalan ditutup sementara", "karena ada perbaikan jembatan tua."],
  },
  {
    name: "coordinating conjunction",
    sentence: "Pedagang menjual sayur segar dan pembeli menawar harga.",
    maxChars: 40,
    expected: ["Pedagang menjual sayur segar", "dan pembeli menawar harga."],
  },
  {
    name: "hard split at a space as a last resort",
    sentence: "Satu dua tiga empat lima enam tujuh delapan",
    maxChars: 20,
    expected: ["Satu dua tiga empat", "lima enam tujuh", "delapan"],
  },
  {
    name: "a word longer than the limit stays whole",
    sentence: "https://contoh.id/sangat/panjang/sekali ya",
    maxChars: 10,
    expected: ["https://contoh.id/sangat/panjang/sekali", "ya"],
  },
  { name: "no space at all", sentence: "Supercalifragilistik", maxChars: 5, expected: ["Supercalifragilistik"] },
  {
    name: "a cut that would leave a tiny fragment is skipped",
    sentence: "Ya, pemerintah kota akhirnya membuka perpustakaan baru itu.",
    maxChars: 40,
    expected: ["Ya, pemerintah kota akhirnya membuka", "perpustakaan baru itu."],
  },
];

describe("splitAtClauses", () => {
  it.each(cases)("$name", ({ sentence, maxChars, expected }) => {
    expect(splitAtClauses(sentence, maxChars)).toEqual(expected);
  });

  it("gives back the sentence when joined, and only over-long single words exceed the limit", () => {
    const word = fc.stringMatching(/^[a-zA-Z.,;:—“”]{1,15}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 80 }), (words, max) => {
        const sentence = words.join(" ");
        const pieces = splitAtClauses(sentence, max);
        expect(pieces.join(" ")).toBe(sentence);
        for (const piece of pieces) expect(piece.length <= max || !/\s/.test(piece)).toBe(true);
      }),
    );
  });
});
