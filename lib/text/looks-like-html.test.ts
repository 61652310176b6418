import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "./looks-like-html";

const cases: { name: string; text: string; html: boolean }[] = [
  { name: "a whole page", text: "<!DOCTYPE html><html><body><p>Harga beras naik.</p></body></html>", html: true },
  { name: "a page with a comment first", text: "<!-- saved -->\n<html lang=\"id\"><p>Teks</p></html>", html: true },
  { name: "a fragment of markup", text: "<article><h1>Judul</h1><p>Harga beras naik.</p><p>Warga mengeluh.</p></article>", html: true },
  { name: "markup with attributes", text: '<div class="read"><p style="x">Satu.</p><br/><p>Dua.</p></div>', html: true },
  { name: "plain Indonesian prose", text: "Harga beras naik. Warga mengeluh di pasar.", html: false },
  { name: "comparisons in prose", text: "Inflasi <3 persen dan suku bunga > 5 persen, kata dia. Nilai a<b dan b>c.", html: false },
  { name: "one stray tag", text: "Harga beras naik.<br> Warga mengeluh.", html: false },
  { name: "opening tags only", text: "Kata <b dan <i serta <p tanpa penutup.", html: false },
  { name: "an e-mail in angle brackets", text: "Kirim ke <redaksi@contoh.id> atau <humas@contoh.id>.", html: false },
];

describe("looksLikeHtml", () => {
  it.each(cases)("$name → $html", ({ text, html }) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
});
