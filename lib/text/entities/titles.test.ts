import { describe, expect, it } from "vitest";
import { titleLengthAt } from "./titles";

describe("titleLengthAt", () => {
  it.each([
    ["Presiden Joko Widodo", 1],
    ["Perdana Menteri Anwar Ibrahim", 2],
    ["Kepala Staf Umum Rusia", 3],
    ["Juru bicara Kremlin", 2],
    ["Juru Bicara Kremlin", 2],
    ["presiden AS", 1],
    ["Menteri Luar Negeri Retno Marsudi", 3],
    ["Jenderal Valery Gerasimov", 1],
    ["Ibu Megawati", 1],
    // lower-case "ibu" is "mother"; "Vladimir" is a name, not a title
    ["ibu kota", 0],
    ["Vladimir Putin", 0],
  ])("%s → %i", (text, length) => {
    expect(titleLengthAt(text.split(" "), 0)).toBe(length);
  });
});
