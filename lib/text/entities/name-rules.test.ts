// The name rules of issue 13, one table each: sentence-initial words, compass words, first
// names, abbreviated titles and English renderings.
import { describe, expect, it } from "vitest";
import { findEntities } from "./find-entities";
import { lookupName } from "./gazetteer";

function spot(...sentences: string[]) {
  return findEntities(sentences.map((text, i) => ({ text, paragraphStart: i === 0 })));
}
const summary = (...sentences: string[]) => spot(...sentences).flat().map((m) => `${m.surface}|${m.type}|${m.target ?? ""}`);

describe("a sentence-initial capitalised word is a name only when it is not an ordinary word", () => {
  it.each([
    ["Pemerintah Indonesia menolak usulan itu.", ["Indonesia|place|Indonesia"]],
    ["Bahasa Indonesia dipakai di sekolah.", []],
    ["Kejadian itu terjadi di Jakarta.", ["Jakarta|place|Jakarta"]],
    ["Salju turun di Eropa.", ["Eropa|place|Europe"]],
    ["Trudeau mengatakan Kanada siap.", ["Trudeau|other|", "Kanada|place|Canada"]],
    ["Microsoft merilis pembaruan.", ["Microsoft|other|"]],
  ])("%s", (sentence, expected) => {
    expect(summary(sentence)).toEqual(expected);
  });
});

describe("a place keeps its compass word", () => {
  it.each([
    ["Ia tinggal di Amerika Utara.", ["Amerika Utara|place|North America"]],
    ["Badai melanda Virginia Barat kemarin.", ["Virginia Barat|place|West Virginia"]],
    ["Ombak tinggi di Pantai Barat.", ["Pantai Barat|place|West Coast"]],
    ["Warga Kalimantan Barat mengungsi.", ["Kalimantan Barat|place|West Kalimantan"]],
    ["Ia lahir di Sulawesi Tenggara.", ["Sulawesi Tenggara|place|Southeast Sulawesi"]],
    ["Pasukan Korea Utara mundur.", ["Korea Utara|place|North Korea"]],
  ])("%s", (sentence, expected) => {
    expect(summary(sentence)).toEqual(expected);
  });
});

describe("first names stay at a sentence start", () => {
  it.each([
    [["Michael Fallon mengatakan hal itu.", "Menurut Fallon, situasinya tegang."], ["Michael Fallon|person|Michael Fallon", "Fallon|person|Michael Fallon"]],
    [["Justin Trudeau tiba di Ottawa."], ["Justin Trudeau|person|Justin Trudeau", "Ottawa|place|Ottawa"]],
  ])("%j", (sentences, expected) => {
    expect(summary(...sentences)).toEqual(expected);
  });
});

describe("abbreviated titles Tn., Ny., Nn.", () => {
  it.each([
    ["Rumah Tn. Budi terbakar.", ["Budi|person|Budi"]],
    ["Ny. Siti dan Nn. Ani hadir.", ["Siti|person|Siti", "Ani|person|Ani"]],
  ])("%s", (sentence, expected) => {
    expect(summary(sentence)).toEqual(expected);
  });
});

describe("English forms the term check accepts", () => {
  it.each([
    ["Inggris", "English"], ["Roma", "Roman"], ["Beijing", "Peking"], ["Italia", "Italian"], ["Jepang", "Japanese"],
  ])("%s accepts %s", (name, english) => {
    expect(lookupName(name)?.english).toContain(english);
  });
});
